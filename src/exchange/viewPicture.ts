import { getFontEmbedCSS } from 'html-to-image';
import type { CanvasImage } from '../canvas/export/types.ts';
import { fontFacesFor } from '../canvas/export/fontFaces.ts';
import type { MapState } from '../doc/schema.ts';
import { loadImage, type MapPicture } from './mapPicture.ts';
import { captionScene } from './scene/legend.ts';
import { approximateMeasure } from './scene/text.ts';
import { sceneText, translate, type Measure, type Scene } from './scene/types.ts';
import { sceneToSvg } from './svgMap.ts';

/*
 * The "current view" PNG with the same title/date caption as the whole-map picture:
 * the caption is drawn as a scene (SVG, app font embedded) above the screen picture.
 */

const MARGIN = 24;
const GAP = 12;

/** The caption band over a view `width` CSS pixels wide; the view goes at y = `height`. */
export function viewCaptionScene(
  map: MapState,
  measure: Measure,
  width: number,
  date: string,
): Scene {
  const caption = captionScene(map, measure, Math.max(width - 2 * MARGIN, 120), date);
  const height = Math.ceil(MARGIN + caption.height + GAP);
  return {
    width,
    height,
    shapes: [
      { kind: 'rect', x: 0, y: 0, w: width, h: height, fill: '#ffffff' },
      ...translate(caption.shapes, MARGIN, MARGIN),
    ],
  };
}

async function imageOf(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  try {
    return await loadImage(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** `view` (a PNG of the screen) with the map's caption above it. */
export async function captionedView(
  view: CanvasImage,
  map: MapState,
  date: string,
): Promise<MapPicture> {
  const band = viewCaptionScene(map, approximateMeasure, view.width, date);
  const css = fontFacesFor(await getFontEmbedCSS(document.body).catch(() => ''), sceneText(band));
  const title = map.meta.title || 'Untitled journey';
  const svg = new Blob([sceneToSvg(band, title, css)], { type: 'image/svg+xml' });
  const [caption, picture] = await Promise.all([imageOf(svg), imageOf(view.blob)]);
  const ratio = picture.naturalWidth / view.width;
  const canvas = document.createElement('canvas');
  canvas.width = picture.naturalWidth;
  canvas.height = Math.round(band.height * ratio) + picture.naturalHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The browser could not prepare the picture.');
  ctx.drawImage(caption, 0, 0, canvas.width, Math.round(band.height * ratio));
  ctx.drawImage(picture, 0, Math.round(band.height * ratio));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture is too large for this browser.');
  return { blob, width: view.width, height: band.height + view.height };
}
