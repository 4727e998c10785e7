import { getFontEmbedCSS, toCanvas, toSvg } from 'html-to-image';
import { fontFacesFor } from './fontFaces.ts';
import { EXPORT_BACKGROUND, fittingPixelRatio, viewportTransform } from './frame.ts';
import { STYLE_PROPERTIES } from './styleProperties.ts';
import { svgClassStyles } from './svgStyles.ts';
import type { CanvasRect } from './types.ts';

/* Draws React Flow's viewport element with html-to-image, framed on a chosen area. */

/** Editing chrome that has no place in a picture of the map. */
function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  const cls = node.classList;
  return !(
    cls.contains('react-flow__node-add') ||
    // Where lines attach and are drawn from: invisible, and one fewer element per card to copy.
    cls.contains('react-flow__handle') ||
    // Colleagues' cursors live in the viewport portal.
    cls.contains('react-flow__viewport-portal') ||
    node.getAttribute('data-export') === 'skip'
  );
}

/** Web fonts the picture needs, fetched once per viewport and cut to the scripts in use. */
export function fontCssLoader(): (el: HTMLElement) => Promise<string> {
  let all: Promise<string> | null = null;
  return async (el) => {
    all ??= getFontEmbedCSS(el).catch(() => '');
    return fontFacesFor(await all, el.textContent ?? '');
  };
}

interface Frame {
  /** What to show, in canvas coordinates. */
  area: CanvasRect;
  /** CSS pixels per canvas unit (1 for a full-size map, the zoom for the current view). */
  zoom: number;
}

function options(el: HTMLElement, frame: Frame, fontCss: string, pixelRatio: number) {
  const width = Math.round(frame.area.width * frame.zoom);
  const height = Math.round(frame.area.height * frame.zoom);
  return {
    width,
    height,
    backgroundColor: EXPORT_BACKGROUND,
    pixelRatio,
    filter: keep,
    includeStyleProperties: STYLE_PROPERTIES,
    fontEmbedCSS: `${fontCss}\n${svgClassStyles(el)}`,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: viewportTransform(frame.area, frame.zoom),
    },
  };
}

/** The viewport drawn on a canvas; the pixel ratio is lowered for very large pictures. */
export async function viewportCanvas(
  el: HTMLElement,
  frame: Frame,
  fontCss: string,
  wantedRatio: number,
): Promise<{ canvas: HTMLCanvasElement; pixelRatio: number }> {
  await document.fonts.ready;
  const pixelRatio = fittingPixelRatio(
    frame.area.width * frame.zoom,
    frame.area.height * frame.zoom,
    wantedRatio,
  );
  const canvas = await toCanvas(el, options(el, frame, fontCss, pixelRatio));
  return { canvas, pixelRatio };
}

/** The viewport as a standalone SVG document (HTML inside a foreignObject, fonts embedded). */
export async function viewportSvg(el: HTMLElement, frame: Frame, fontCss: string): Promise<Blob> {
  await document.fonts.ready;
  const url = await toSvg(el, options(el, frame, fontCss, 1));
  const text = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  return new Blob([text], { type: 'image/svg+xml' });
}

/** A canvas as a PNG file. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG'))),
      'image/png',
    ),
  );
}
