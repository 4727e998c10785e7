import type { MapState } from '../doc/schema.ts';

/* Pure search over the map: which cards match, in the order a reader meets them. */

/**
 * The ids of the cards whose title contains `query` (any case), in journey order: stage by
 * stage, lane by lane within a stage, then down the cell. Empty for a blank query.
 */
export function searchMatches(
  map: Pick<MapState, 'stages' | 'lanes' | 'cards'>,
  query: string,
): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const stage = new Map(map.stages.map((s, i) => [s.id, i]));
  const lane = new Map(map.lanes.map((l, i) => [l.id, i]));
  return map.cards
    .map((card, i) => ({ card, i }))
    .filter(({ card }) => card.title.toLowerCase().includes(q))
    .sort(
      (a, b) =>
        (stage.get(a.card.stageId) ?? 0) - (stage.get(b.card.stageId) ?? 0) ||
        (lane.get(a.card.laneId) ?? 0) - (lane.get(b.card.laneId) ?? 0) ||
        a.i - b.i,
    )
    .map(({ card }) => card.id);
}

/**
 * The match to go to from `current` (a card id or null) one step `forward` or back, wrapping
 * around; the first (or last) when the current card is not a match. Null when nothing matches.
 */
export function stepMatch(
  matches: readonly string[],
  current: string | null,
  forward: boolean,
): string | null {
  if (matches.length === 0) return null;
  const at = current === null ? -1 : matches.indexOf(current);
  if (at < 0) return forward ? matches[0]! : matches[matches.length - 1]!;
  const next = (at + (forward ? 1 : -1) + matches.length) % matches.length;
  return matches[next]!;
}

/** "3 of 17" when a match is current, "17 matches" otherwise, "No matches" for none. */
export function matchLabel(matches: readonly string[], current: string | null): string {
  if (matches.length === 0) return 'No matches';
  const at = current === null ? -1 : matches.indexOf(current);
  if (at >= 0) return `${at + 1} of ${matches.length}`;
  return `${matches.length} match${matches.length === 1 ? '' : 'es'}`;
}
