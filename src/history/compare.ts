import { diffMaps, type MapDiff, type MapState } from '../doc/index.ts';

import type { ChangeMark as Mark } from '../canvas/nodes.ts';

export type { Mark };

export interface Comparison {
  diff: MapDiff;
  /** The later state plus ghosts of removed cards whose cell still exists, and of removed
   * connections between cards it shows. */
  shown: MapState;
  /** Card, stage and connection ids → how they changed. */
  marks: Map<string, Mark>;
}

/** What the compare view draws: the later map, its changes marked, removed cards as ghosts. */
export function compareMaps(before: MapState, after: MapState): Comparison {
  const diff = diffMaps(before, after);
  const marks = new Map<string, Mark>();
  for (const c of diff.cards.changed) marks.set(c.id, 'changed');
  for (const c of diff.cards.reordered) marks.set(c.id, 'moved');
  for (const c of diff.cards.moved) marks.set(c.id, 'moved');
  for (const c of diff.cards.added) marks.set(c.id, 'added');
  for (const s of diff.stages.changed) marks.set(s.id, 'changed');
  for (const s of diff.stages.added) marks.set(s.id, 'added');
  const stages = new Set(after.stages.map((s) => s.id));
  const lanes = new Set(after.lanes.map((l) => l.id));
  const ghosts = diff.cards.removed.filter((c) => stages.has(c.stageId) && lanes.has(c.laneId));
  for (const g of ghosts) marks.set(g.id, 'removed');
  const cards = [...after.cards, ...ghosts].sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : 0,
  );
  for (const c of diff.connections.changed) marks.set(c.id, 'changed');
  for (const c of diff.connections.added) marks.set(c.id, 'added');
  const shownIds = new Set(cards.map((c) => c.id));
  const lineGhosts = diff.connections.removed.filter(
    (c) => shownIds.has(c.from) && shownIds.has(c.to),
  );
  for (const g of lineGhosts) marks.set(g.id, 'removed');
  const connections = lineGhosts.length
    ? [...after.connections, ...lineGhosts].sort((a, b) => (a.id < b.id ? -1 : 1))
    : after.connections;
  return { diff, shown: { ...after, cards, connections }, marks };
}
