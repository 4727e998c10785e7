import type { Tally } from './store.ts';

/** Sums dots (one entry per dot) into per-card totals, distinct voters and dots cast. */
export function tally(dots: readonly { voter: string; cardId: string }[]): Tally {
  const totals: Record<string, number> = {};
  const voters = new Set<string>();
  for (const { voter, cardId } of dots) {
    totals[cardId] = (totals[cardId] ?? 0) + 1;
    voters.add(voter);
  }
  return { totals, voters: voters.size, cast: dots.length };
}
