import { getFontEmbedCSS } from 'html-to-image';
import { fontFacesFor } from '../canvas/export/fontFaces.ts';
import type { MapState } from '../doc/schema.ts';
import { framedScene } from './scene/framed.ts';
import { approximateMeasure } from './scene/text.ts';
import { sceneText, type Scene } from './scene/types.ts';
import { sceneToSvg } from './svgMap.ts';

/*
 * Pictures of the whole map drawn from the document (not the screen): an SVG of real
 * shapes and text, and a PNG rasterised from it with the app's font embedded.
 */

export interface MapPicture {
  blob: Blob;
  width: number;
  height: number;
}

/** Most pixels a PNG gets; browsers refuse far larger canvases. */
const MAX_PIXELS = 32_000_000;

function scene(map: MapState, date: string, legend: boolean): Scene {
  return framedScene(map, approximateMeasure, { date, legend });
}

export function mapSvgPicture(map: MapState, date: string, legend: boolean): MapPicture {
  const s = scene(map, date, legend);
  const svg = sceneToSvg(s, map.meta.title || 'Untitled journey');
  return { blob: new Blob([svg], { type: 'image/svg+xml' }), width: s.width, height: s.height };
}

export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The browser could not draw the picture.'));
    image.src = url;
  });
}

export async function mapPngPicture(
  map: MapState,
  date: string,
  legend: boolean,
): Promise<MapPicture> {
  const s = scene(map, date, legend);
  // An SVG drawn as an image may not load fonts: the ones the text needs go in as data.
  const css = fontFacesFor(await getFontEmbedCSS(document.body).catch(() => ''), sceneText(s));
  const svg = sceneToSvg(s, map.meta.title || 'Untitled journey', css);
  const ratio = Math.min(2, Math.sqrt(MAX_PIXELS / (s.width * s.height)));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(s.width * ratio);
    canvas.height = Math.round(s.height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The browser could not prepare the picture.');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The picture is too large for this browser.');
    return { blob, width: s.width, height: s.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
