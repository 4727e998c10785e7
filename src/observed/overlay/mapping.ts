import type { CardData, MapState } from '../../doc/index.ts';

/*
 * Which card each activity of a log stands for: the team's explicit choice (a card's
 * `activities`, or "ignore"), otherwise a card whose title is the activity's name
 * (case-insensitive, trimmed). Names that are only close get a suggestion the team confirms.
 */

export type MatchKind = 'chosen' | 'title' | 'ignored' | 'unmapped';

export interface ActivityMatch {
  cardId: string | null;
  kind: MatchKind;
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Activity name → card id for every activity the map covers; the rest are unmapped. */
export function resolveMapping(
  map: MapState,
  activities: readonly string[],
): Map<string, ActivityMatch> {
  const chosen = new Map<string, string>();
  for (const card of map.cards) for (const a of card.activities) chosen.set(a, card.id);
  const ignored = new Set(map.meta.ignoredActivities);
  // In stage and lane order: of two same-titled cards, the earlier one is meant.
  const byTitle = new Map<string, string>();
  for (const card of cardsInReadingOrder(map)) {
    const key = normal(card.title);
    if (key && !byTitle.has(key)) byTitle.set(key, card.id);
  }
  const result = new Map<string, ActivityMatch>();
  for (const activity of activities) {
    const cardId = chosen.get(activity);
    if (cardId) result.set(activity, { cardId, kind: 'chosen' });
    else if (ignored.has(activity)) result.set(activity, { cardId: null, kind: 'ignored' });
    else {
      const titled = byTitle.get(normal(activity));
      result.set(
        activity,
        titled ? { cardId: titled, kind: 'title' } : { cardId: null, kind: 'unmapped' },
      );
    }
  }
  return result;
}

/** The map's cards by stage, then lane, then their order in the cell. */
export function cardsInReadingOrder(map: MapState): CardData[] {
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  return map.cards
    .map((card, i) => ({ card, i }))
    .sort(
      (a, b) =>
        stage.get(a.card.stageId)! - stage.get(b.card.stageId)! ||
        lane.get(a.card.laneId)! - lane.get(b.card.laneId)! ||
        a.i - b.i,
    )
    .map(({ card }) => card);
}

const words = (text: string) =>
  new Set(
    normal(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/** How alike two names are, 0…1: shared words over all words (Jaccard), or containment. */
export function similarity(a: string, b: string): number {
  const na = normal(a);
  const nb = normal(b);
  if (!na || !nb) return 0;
  if (na.includes(nb) || nb.includes(na))
    return (Math.min(na.length, nb.length) / Math.max(na.length, nb.length)) * 0.5 + 0.5;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / (wa.size + wb.size - shared || 1);
}

/** The card whose title is most like `activity` (≥ 0.5 alike), to suggest; null if none. */
export function suggestCard(map: MapState, activity: string): CardData | null {
  let best: CardData | null = null;
  let score = 0.5;
  for (const card of map.cards) {
    const s = similarity(activity, card.title);
    if (s >= score) {
      best = card;
      score = s;
    }
  }
  return best;
}
