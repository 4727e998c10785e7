/* Pure geometry: how far to pan so that something selected off screen comes into view. */

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept between a revealed item and the edge of the pane, in screen pixels. */
export const REVEAL_MARGIN = 32;

/** The shift along one axis that brings [start, end) inside [0, size) with a margin. */
function shift(start: number, end: number, size: number, margin: number): number {
  // Too big to fit: show its beginning (a lane's header, a stage's name).
  if (end - start > size - 2 * margin) return start < margin || start > size ? margin - start : 0;
  if (start < margin) return margin - start;
  if (end > size - margin) return size - margin - end;
  return 0;
}

/**
 * The viewport that shows `box` (canvas coordinates) inside a pane of `width` × `height`,
 * moving as little as possible and keeping the zoom; null when it is already in view.
 */
export function revealedViewport(
  view: Viewport,
  box: Box,
  width: number,
  height: number,
  margin = REVEAL_MARGIN,
): Viewport | null {
  const left = box.x * view.zoom + view.x;
  const top = box.y * view.zoom + view.y;
  const dx = shift(left, left + box.width * view.zoom, width, margin);
  const dy = shift(top, top + box.height * view.zoom, height, margin);
  if (dx === 0 && dy === 0) return null;
  return { x: view.x + dx, y: view.y + dy, zoom: view.zoom };
}
