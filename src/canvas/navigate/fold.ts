import { LANE_HEADER_W, type Layout } from '../layout.ts';
import type { Folded } from './store.ts';

/* Pure: the layout with this user's folded stages and lanes shrunk to a strip, cards hidden. */

/** A folded stage's width and a folded lane's height, in canvas units. */
export const FOLDED_W = 64;
export const FOLDED_H = 56;

/**
 * `layout` with every folded stage narrowed to FOLDED_W and every folded lane lowered to
 * FOLDED_H; the columns and rows after them move up to close the gap, and the cards of
 * folded stages and lanes are left out. The same object when nothing is folded.
 */
export function foldLayout(layout: Layout, folded: Folded): Layout {
  const stages = new Set(folded.stages);
  const lanes = new Set(folded.lanes);
  if (
    !layout.stages.some((s) => stages.has(s.stage.id)) &&
    !layout.lanes.some((l) => lanes.has(l.lane.id))
  )
    return layout;
  let x = LANE_HEADER_W;
  const dx: number[] = [];
  const newStages = layout.stages.map((box) => {
    const w = stages.has(box.stage.id) ? FOLDED_W : box.w;
    dx.push(x - box.x);
    const next = { ...box, x, w };
    x += w;
    return next;
  });
  let y = layout.lanes[0]?.y ?? 0;
  const dy: number[] = [];
  const newLanes = layout.lanes.map((box) => {
    const h = lanes.has(box.lane.id) ? FOLDED_H : box.h;
    dy.push(y - box.y);
    const next = { ...box, y, h };
    y += h;
    return next;
  });
  const cards = layout.cards
    .filter(
      (c) =>
        !stages.has(layout.stages[c.stageIndex]!.stage.id) &&
        !lanes.has(layout.lanes[c.laneIndex]!.lane.id),
    )
    .map((c) => ({ ...c, x: c.x + dx[c.stageIndex]!, y: c.y + dy[c.laneIndex]! }));
  return { stages: newStages, lanes: newLanes, cards, width: x, height: y };
}

/** Whether a card cell is folded away for this user (its stage or its lane is). */
export const isFoldedCell = (folded: Folded, stageId: string, laneId: string) =>
  folded.stages.includes(stageId) || folded.lanes.includes(laneId);

/**
 * The canvas's nodes with the cells of folded stages and lanes quiet: no "Add card" there
 * (a card added to a folded cell would vanish at once), styled by `tm-folded-cell`.
 */
export function quietFoldedCells<N extends { type?: string; className?: string; data: unknown }>(
  nodes: N[],
  folded: Folded,
): N[] {
  if (folded.stages.length === 0 && folded.lanes.length === 0) return nodes;
  return nodes.map((n) => {
    if (n.type !== 'cell') return n;
    const { stageId, laneId } = n.data as { stageId: string; laneId: string };
    return isFoldedCell(folded, stageId, laneId) ? { ...n, className: 'tm-folded-cell' } : n;
  });
}
