import { LANE_HEADER_W, STAGE_HEADER_H, type Layout } from '../canvas/layout.ts';

/*
 * A map too big to read on one page is printed in tiles: a few stages by a few
 * lanes each, every tile with its stage and lane headers, so each page reads on
 * its own. Pure geometry over `layoutMap`; the PDF crops the tiles from one
 * rendering of the whole map.
 */

export interface Span {
  /** Index of the first and one past the last stage (or lane) in the tile. */
  from: number;
  to: number;
  /** Where they sit on the canvas along their axis. */
  start: number;
  size: number;
}

export interface Tile {
  stages: Span;
  lanes: Span;
  /** Size with the headers, in canvas units. */
  width: number;
  height: number;
}

/** Splits `count` items into the fewest groups of at most `most`, as even as possible. */
export function evenGroups(count: number, most: number): number[] {
  if (count === 0) return [];
  const groups = Math.ceil(count / Math.max(1, most));
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < count % groups ? 1 : 0));
}

function spans(boxes: { start: number; size: number }[], sizes: number[]): Span[] {
  let from = 0;
  return sizes.map((n) => {
    const group = boxes.slice(from, from + n);
    const span = {
      from,
      to: from + n,
      start: group[0]!.start,
      size: group[group.length - 1]!.start + group[group.length - 1]!.size - group[0]!.start,
    };
    from += n;
    return span;
  });
}

/** Lanes greedily, each group within `budget` (a lane taller than that stands alone). */
function laneSizes(heights: number[], budget: number): number[] {
  const sizes: number[] = [];
  let used = Infinity;
  for (const h of heights) {
    if (used + h > budget) {
      sizes.push(1);
      used = h;
    } else {
      sizes[sizes.length - 1]!++;
      used += h;
    }
  }
  return sizes;
}

/** Tiles no larger than `maxWidth`×`maxHeight` canvas units (headers included), row by row. */
export function planTiles(layout: Layout, maxWidth: number, maxHeight: number): Tile[] {
  if (layout.stages.length === 0 || layout.lanes.length === 0) return [];
  const columnWidth = layout.stages[0]!.w;
  const perTile = Math.floor((maxWidth - LANE_HEADER_W) / columnWidth);
  const stageSpans = spans(
    layout.stages.map((s) => ({ start: s.x, size: s.w })),
    evenGroups(layout.stages.length, perTile),
  );
  const laneSpans = spans(
    layout.lanes.map((l) => ({ start: l.y, size: l.h })),
    laneSizes(
      layout.lanes.map((l) => l.h),
      maxHeight - STAGE_HEADER_H,
    ),
  );
  return laneSpans.flatMap((lanes) =>
    stageSpans.map((stages) => ({
      stages,
      lanes,
      width: LANE_HEADER_W + stages.size,
      height: STAGE_HEADER_H + lanes.size,
    })),
  );
}
