/*
 * Where a colleague's name tag goes beside their pointer: to the right as usual, unless that
 * would lie over what is pinned to a card's corner (vote controls and counts); then left of the
 * pointer, or below it. All in canvas coordinates.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The tag's offset from the pointer's tip. */
export interface TagSpot {
  dx: number;
  dy: number;
}

// The arrow is 20 px; a tag of text-xs is 20 px high and about 7 px a character wide.
const ARROW = 20;
const GAP = 4;
const TAG_H = 20;
const CHAR_W = 7;
const PADDING = 14;

/** How wide a tag naming `name` is drawn, near enough to keep it off a badge. */
export const tagWidth = (name: string) => name.length * CHAR_W + PADDING;

/** Overlapping area of two boxes (0 when apart). */
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * The first of right, left, below-right and below-left where the tag covers no zone; where each
 * covers one, the spot that covers least.
 */
export function placeTag(tip: { x: number; y: number }, width: number, zones: Box[]): TagSpot {
  const spots: TagSpot[] = [
    { dx: ARROW, dy: 0 },
    { dx: -width - GAP, dy: 0 },
    { dx: ARROW, dy: ARROW + GAP },
    { dx: -width - GAP, dy: ARROW + GAP },
  ];
  const covered = (s: TagSpot) => {
    const tag = { x: tip.x + s.dx, y: tip.y + s.dy, w: width, h: TAG_H };
    return zones.reduce((sum, z) => sum + overlap(z, tag), 0);
  };
  let best = spots[0]!;
  let least = Infinity;
  for (const spot of spots) {
    const area = covered(spot);
    if (area === 0) return spot;
    if (area < least) [best, least] = [spot, area];
  }
  return best;
}
