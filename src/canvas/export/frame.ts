import type { CanvasRect } from './types.ts';

/* Pure arithmetic for image exports: what to frame and at which resolution. */

/** The canvas's own background (Tailwind slate-100), behind every exported picture. */
export const EXPORT_BACKGROUND = '#f1f5f9';

/** Room left around the map in a whole-map image, in canvas units. */
export const MAP_PADDING = 24;

/**
 * Browsers refuse canvases beyond about 16k pixels a side or 268M in area and
 * run short of memory well before; stay far inside both.
 */
export const MAX_SIDE_PX = 16_000;
export const MAX_AREA_PX = 48_000_000;

/** The area a whole-map image shows: the nodes' bounds plus a margin, on whole pixels. */
export function paddedArea(bounds: CanvasRect, padding = MAP_PADDING): CanvasRect {
  const x = Math.floor(bounds.x - padding);
  const y = Math.floor(bounds.y - padding);
  return {
    x,
    y,
    width: Math.ceil(bounds.x + bounds.width + padding) - x,
    height: Math.ceil(bounds.y + bounds.height + padding) - y,
  };
}

/** The pixel ratio to render `width`×`height` at: `wanted`, lowered until it fits the limits. */
export function fittingPixelRatio(width: number, height: number, wanted: number): number {
  if (width <= 0 || height <= 0) return wanted;
  const bySide = MAX_SIDE_PX / Math.max(width, height);
  const byArea = Math.sqrt(MAX_AREA_PX / (width * height));
  const ratio = Math.min(wanted, bySide, byArea);
  // Two decimals keep canvas sizes whole-ish and the result stable across calls.
  return Math.max(0.1, Math.floor(ratio * 100) / 100);
}

/** The CSS transform that shows `area` at `zoom` from the top-left corner of the picture. */
export function viewportTransform(area: CanvasRect, zoom = 1): string {
  return `translate(${-area.x * zoom}px, ${-area.y * zoom}px) scale(${zoom})`;
}
