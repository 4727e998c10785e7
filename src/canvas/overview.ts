/* Pure geometry of the map overview: where the map and the view sit in the little picture. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Corner radius of a node in the overview, in canvas units (as React Flow's MiniMap). */
const RADIUS = 5;
/** Space around the map in the overview, in overview pixels (as React Flow's MiniMap). */
const OFFSET = 5;

const union = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};

export interface OverviewFrame {
  /** The SVG viewBox, in canvas units. */
  box: Rect;
  /** Canvas units per overview pixel. */
  scale: number;
  /** The shade over everything outside the view (an even-odd path). */
  mask: string;
}

/**
 * Frames the map and the view (both canvas rectangles) in an overview of `width` × `height`
 * pixels, centred, the way React Flow's MiniMap does.
 */
export function overviewFrame(map: Rect | null, view: Rect, width: number, height: number) {
  const bounds = map ? union(map, view) : view;
  const scale = Math.max(bounds.width / width, bounds.height / height);
  const offset = OFFSET * scale;
  const w = scale * width;
  const h = scale * height;
  const box = {
    x: bounds.x - (w - bounds.width) / 2 - offset,
    y: bounds.y - (h - bounds.height) / 2 - offset,
    width: w + offset * 2,
    height: h + offset * 2,
  };
  const mask =
    `M${box.x - offset},${box.y - offset}h${box.width + offset * 2}v${box.height + offset * 2}` +
    `h${-box.width - offset * 2}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return { box, scale, mask } satisfies OverviewFrame;
}

/**
 * Joins rectangles stacked in one column (same x and width) whose gap is under half an
 * overview pixel (`unitsPerPixel` canvas units a pixel): the picture is the same, with far
 * fewer shapes to draw (a cell's 25 cards become one).
 */
export function mergeStacked(rects: readonly Rect[], unitsPerPixel: number): Rect[] {
  const sorted = [...rects].sort((a, b) => a.x - b.x || a.width - b.width || a.y - b.y);
  const out: Rect[] = [];
  for (const rect of sorted) {
    const last = out[out.length - 1];
    const gap = last ? rect.y - (last.y + last.height) : Infinity;
    if (last && last.x === rect.x && last.width === rect.width && gap <= unitsPerPixel / 2) {
      last.height = Math.max(last.height, rect.y + rect.height - last.y);
    } else out.push({ ...rect });
  }
  return out;
}

/**
 * One SVG path drawing the rectangles at `unitsPerPixel` canvas units an overview pixel: with
 * rounded corners, or, where the rounding would be under a quarter of a pixel, square and
 * stacks joined (see mergeStacked).
 */
export function overviewPath(rects: readonly Rect[], unitsPerPixel: number): string {
  if (RADIUS >= unitsPerPixel / 4) return roundedRectsPath(rects);
  let d = '';
  for (const { x, y, width: w, height: h } of mergeStacked(rects, unitsPerPixel)) {
    if (w > 0 && h > 0) d += `M${x},${y}h${w}v${h}h${-w}z`;
  }
  return d;
}

/** One SVG path drawing every rectangle with rounded corners. */
export function roundedRectsPath(rects: readonly Rect[]): string {
  let d = '';
  for (const { x, y, width: w, height: h } of rects) {
    if (w <= 0 || h <= 0) continue;
    const r = Math.min(RADIUS, w / 2, h / 2);
    d +=
      `M${x + r},${y}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}` +
      `a${r},${r} 0 0 1 ${-r},${r}h${-(w - 2 * r)}a${r},${r} 0 0 1 ${-r},${-r}` +
      `v${-(h - 2 * r)}a${r},${r} 0 0 1 ${r},${-r}z`;
  }
  return d;
}
