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
  /** Card id → persona id → the score it had before, for scores that changed (null: none). */
  emotionBefore: Map<string, Record<string, number | null>>;
}

/** The id of the ghost that marks where a moved card was. */
export const originId = (cardId: string) => `${cardId}~origin`;

/** The arrows from each moved card's origin ghost to the card, among the cards shown. */
export function moveArrows(cards: readonly { id: string }[]): { from: string; to: string }[] {
  const ids = new Set(cards.map((c) => c.id));
  return cards.flatMap((c) => {
    const to = c.id.endsWith('~origin') ? c.id.slice(0, -'~origin'.length) : null;
    return to !== null && ids.has(to) ? [{ from: c.id, to }] : [];
  });
}

/** Scores that changed between two states of a card, by persona (only those shown after). */
export function emotionChanges(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number | null> | null {
  const changed = Object.entries(after).filter(([persona, score]) => before[persona] !== score);
  return changed.length > 0
    ? Object.fromEntries(changed.map(([persona]) => [persona, before[persona] ?? null]))
    : null;
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
  // A card moved to another cell is also drawn, faded and outlined, where it was.
  const was = new Map(before.cards.map((c) => [c.id, c]));
  const origins = diff.cards.moved.flatMap((m) => {
    const card = was.get(m.id);
    return card && stages.has(card.stageId) && lanes.has(card.laneId)
      ? [{ ...card, id: originId(card.id), emotion: {} }] // its scores are on the card itself
      : [];
  });
  for (const o of origins) marks.set(o.id, 'origin');
  const emotionBefore = new Map<string, Record<string, number | null>>();
  for (const card of after.cards) {
    const old = was.get(card.id);
    const changes = old && emotionChanges(old.emotion, card.emotion);
    if (changes) emotionBefore.set(card.id, changes);
  }
  const cards = [...after.cards, ...ghosts, ...origins].sort((a, b) =>
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
  return { diff, shown: { ...after, cards, connections }, marks, emotionBefore };
}
