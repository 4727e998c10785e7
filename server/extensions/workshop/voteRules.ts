import type { Ballot } from '../../store/store.ts';

/* The rules of dot voting, pure: the store applies them inside its transactions. */

export type { Ballot } from '../../store/store.ts';

/** What the rules need to know of a round. */
export interface RoundRules {
  cardIds: readonly string[];
  perPerson: number;
  revealed: boolean;
  closed: boolean;
}

/** Why a vote (or taking one back) was refused. */
export type VoteRefusal = 'closed' | 'revealed' | 'not-in-round' | 'no-votes-left' | 'none-here';

/** A card's place in the results. */
export interface Ranked {
  cardId: string;
  votes: number;
}

/** Votes placed on the ballot. */
export function ballotSize(ballot: Ballot): number {
  return Object.values(ballot).reduce((sum, n) => sum + n, 0);
}

/** Votes the participant still has. */
export function votesLeft(round: RoundRules, ballot: Ballot): number {
  return Math.max(0, round.perPerson - ballotSize(ballot));
}

// Revealing freezes the votes: casting after seeing the counts would be a second, open vote.
function frozen(round: RoundRules): VoteRefusal | null {
  if (round.closed) return 'closed';
  if (round.revealed) return 'revealed';
  return null;
}

/** Null if the participant with `ballot` may place a dot on `cardId`, else why not. */
export function canVote(round: RoundRules, ballot: Ballot, cardId: string): VoteRefusal | null {
  const refusal = frozen(round);
  if (refusal) return refusal;
  if (!round.cardIds.includes(cardId)) return 'not-in-round';
  if (votesLeft(round, ballot) === 0) return 'no-votes-left';
  return null;
}

/** Null if the participant may take one of their own dots back from `cardId`, else why not. */
export function canUnvote(round: RoundRules, ballot: Ballot, cardId: string): VoteRefusal | null {
  const refusal = frozen(round);
  if (refusal) return refusal;
  if (!round.cardIds.includes(cardId)) return 'not-in-round';
  if ((ballot[cardId] ?? 0) === 0) return 'none-here';
  return null;
}

/**
 * Every card of the round, most votes first; ties keep the round's card order, so the
 * ranking is the same on every screen and after every reload.
 */
export function rank(cardIds: readonly string[], totals: Record<string, number>): Ranked[] {
  return cardIds
    .map((cardId, index) => ({ cardId, votes: totals[cardId] ?? 0, index }))
    .sort((a, b) => b.votes - a.votes || a.index - b.index)
    .map(({ cardId, votes }) => ({ cardId, votes }));
}
