/*
 * Pure geometry: how a line between two cards runs around the other cards. The grid leaves
 * free channels: a gutter between every two columns (cards are narrower than their column)
 * and a band at the top of every lane (between the last cards of one lane and the first of
 * the next) and under the map. A route leaves its card sideways, runs along gutters and at
 * most one band, and enters the other card sideways: it never crosses a card, and it takes a
 * shorter way only when that way is clear too.
 */

import { CARD_W, COLUMN_W, type Layout } from './layout.ts';
import { labelSpot, within } from './routeDrawing.ts';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The free channels of the map on screen. */
export interface RouteGrid {
  /** The y of every free horizontal band, top to bottom. */
  bands: readonly number[];
  /** Every card, to keep routes off them. */
  cards: readonly Box[];
  /** Half the free space between the cards of two neighbouring columns. */
  gap: number;
}

/**
 * The channels of a laid-out map: a band along the top edge of every lane but the first (just
 * under the previous lane's "Add card" buttons, well above its own cards) and one under the map.
 */
export function routeGridOf(layout: Layout): RouteGrid {
  return {
    bands: [...layout.lanes.slice(1).map((l) => l.y - 6), layout.height + 10],
    cards: layout.cards,
    gap: (COLUMN_W - CARD_W) / 2,
  };
}

/** Where a line's label goes: horizontal on a long run, upright in a narrow gutter. */
export interface LabelSpot {
  x: number;
  y: number;
  angle: 0 | -90;
  /** Length available along the label's direction, in canvas units. */
  room: number;
}

export interface Route {
  points: Point[];
  label: LabelSpot;
}

/** Parallel lines through one gutter or band are spread this far apart. */
export const SPREAD = 4;

/** A small stable number in -2…2 from an id, so that parallel lines do not overlap exactly. */
export function spreadOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return (Math.abs(h) % 5) - 2;
}

/** Whether an axis-aligned segment passes through a card other than `skip`. */
function blocked(a: Point, b: Point, grid: RouteGrid, skip: readonly Box[]): boolean {
  const margin = 2;
  return grid.cards.some((card) => {
    if (skip.includes(card)) return false;
    const left = card.x - margin;
    const right = card.x + card.w + margin;
    const top = card.y - margin;
    const bottom = card.y + card.h + margin;
    if (a.y === b.y) {
      return a.y > top && a.y < bottom && Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right;
    }
    return a.x > left && a.x < right && Math.max(a.y, b.y) > top && Math.min(a.y, b.y) < bottom;
  });
}

function clear(points: Point[], grid: RouteGrid, skip: readonly Box[]): boolean {
  return points.every((p, i) => i === 0 || !blocked(points[i - 1]!, p, grid, skip));
}

/** The band to cross between rows `sy` and `ty`; `below` picks one under a single row. */
function bandFor(grid: RouteGrid, sy: number, ty: number, below: boolean): number {
  const middle = (sy + ty) / 2;
  const between = grid.bands.filter((b) => within(b, sy, ty));
  const pool =
    between.length > 0
      ? between
      : grid.bands.filter((b) => (below ? b > Math.max(sy, ty) : b < Math.min(sy, ty)));
  const candidates = pool.length > 0 ? pool : grid.bands;
  if (candidates.length === 0) return Math.max(sy, ty) + 40;
  return candidates.reduce((best, b) =>
    Math.abs(b - middle) < Math.abs(best - middle) ? b : best,
  );
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before &&
      last &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/**
 * The route from card `from` to card `to`. `spread` (-2…2, from `spreadOf`) shifts it a few
 * units within its channels so that lines sharing a channel stay apart.
 */
export function routeBetween(from: Box, to: Box, grid: RouteGrid, spread = 0): Route {
  // The two cards themselves (also where a dragged card was laid out) are not in the way.
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const skip = grid.cards.filter((c) => overlaps(c, from) || overlaps(c, to));
  const d = spread * SPREAD;
  const sy = from.y + from.h / 2 + 2 * d;
  const ty = to.y + to.h / 2 + 2 * d;
  const forward = to.x >= from.x + from.w;
  const backward = to.x + to.w <= from.x;

  let points: Point[];
  if (!forward && !backward) {
    // One column: out of the right side, down the gutter, into the other's right side.
    const sx = from.x + from.w;
    const tx = to.x + to.w;
    const g = Math.max(sx, tx) + grid.gap + d;
    points = [
      { x: sx, y: sy },
      { x: g, y: sy },
      { x: g, y: ty },
      { x: tx, y: ty },
    ];
  } else {
    const sx = forward ? from.x + from.w : from.x;
    const tx = forward ? to.x : to.x + to.w;
    const out = forward ? grid.gap : -grid.gap;
    const gs = sx + out + d;
    const gt = tx - out + d;
    const start = { x: sx, y: sy };
    const end = { x: tx, y: ty };
    const by = bandFor(grid, sy, ty, forward);
    const candidates: Point[][] = [
      [start, { x: tx, y: sy }],
      [start, { x: gt, y: sy }, { x: gt, y: ty }, end],
      [start, { x: gs, y: sy }, { x: gs, y: ty }, end],
      [start, { x: gs, y: sy }, { x: gs, y: by }, { x: gt, y: by }, { x: gt, y: ty }, end],
    ];
    const straight = Math.abs(sy - ty) < 0.5;
    points =
      candidates.find((c, i) => (i > 0 || straight) && clear(c, grid, skip)) ?? candidates[3]!;
  }
  const simple = simplify(points);
  return { points: simple, label: labelSpot(simple, grid.bands) };
}
