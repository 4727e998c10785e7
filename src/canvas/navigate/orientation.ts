import type { Layout } from '../layout.ts';

/* Pure: what the orientation layer writes over a map zoomed out too far to read its cards. */

export interface CellCount {
  key: string;
  /** The cell's centre, in canvas units. */
  x: number;
  y: number;
  count: number;
}

/** The number of cards in every card cell that holds any, placed at the cell's centre. */
export function cellCounts(layout: Layout): CellCount[] {
  const counts = new Map<string, number>();
  for (const box of layout.cards) {
    const key = `${box.stageIndex}/${box.laneIndex}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: CellCount[] = [];
  for (const lane of layout.lanes) {
    for (const stage of layout.stages) {
      const count = counts.get(`${stage.index}/${lane.index}`);
      if (!count) continue;
      out.push({
        key: `${stage.stage.id}/${lane.lane.id}`,
        x: stage.x + stage.w / 2,
        y: lane.y + lane.h / 2,
        count,
      });
    }
  }
  return out;
}
