import { describe, expect, it } from 'vitest';
import {
  ballotSize,
  canUnvote,
  canVote,
  rank,
  votesLeft,
  type Ballot,
  type RoundRules,
} from './voteRules.ts';
import { tally } from '../../store/tally.ts';

const round: RoundRules = {
  cardIds: ['a', 'b', 'c'],
  perPerson: 3,
  revealed: false,
  closed: false,
};

/** Applies votes in order as the store does: the rules decide, refused ones change nothing. */
function play(rules: RoundRules, moves: [voter: string, cardId: string, kind?: 'unvote'][]) {
  const ballots = new Map<string, Ballot>();
  const dots: { voter: string; cardId: string }[] = [];
  const refusals: (string | null)[] = [];
  for (const [voter, cardId, kind] of moves) {
    const ballot = ballots.get(voter) ?? {};
    const refusal =
      kind === 'unvote' ? canUnvote(rules, ballot, cardId) : canVote(rules, ballot, cardId);
    refusals.push(refusal);
    if (refusal) continue;
    const delta = kind === 'unvote' ? -1 : 1;
    ballots.set(voter, { ...ballot, [cardId]: (ballot[cardId] ?? 0) + delta });
    if (delta === 1) dots.push({ voter, cardId });
    else
      dots.splice(
        dots.findLastIndex((d) => d.voter === voter && d.cardId === cardId),
        1,
      );
  }
  return { ballots, refusals, ...tally(dots) };
}

describe('vote rules', () => {
  it('lets each participant place exactly perPerson dots, stacked or spread', () => {
    const moves: [string, string][] = [
      ['ann', 'a'],
      ['ann', 'a'],
      ['bob', 'b'],
      ['ann', 'a'],
      ['ann', 'b'],
      ['bob', 'a'],
      ['bob', 'c'],
      ['bob', 'c'],
    ];
    const result = play(round, moves);
    expect(result.refusals).toEqual([
      null,
      null,
      null,
      null,
      'no-votes-left',
      null,
      null,
      'no-votes-left',
    ]);
    expect(result.totals).toEqual({ a: 4, b: 1, c: 1 });
    expect(result.voters).toBe(2);
    expect(result.cast).toBe(6);
    for (const ballot of result.ballots.values()) expect(ballotSize(ballot)).toBe(3);
  });

  it('gives a vote back when one is taken back, and only where the participant has one', () => {
    const result = play(round, [
      ['ann', 'a'],
      ['ann', 'a'],
      ['ann', 'b'],
      ['ann', 'c'],
      ['bob', 'a', 'unvote'],
      ['ann', 'c', 'unvote'],
      ['ann', 'a', 'unvote'],
      ['ann', 'c'],
    ]);
    expect(result.refusals).toEqual([
      null,
      null,
      null,
      'no-votes-left',
      'none-here',
      'none-here',
      null,
      null,
    ]);
    expect(result.ballots.get('ann')).toEqual({ a: 1, b: 1, c: 1 });
    expect(result.totals).toEqual({ a: 1, b: 1, c: 1 });
    expect(result.voters).toBe(1);
  });

  it('refuses cards outside the round, and any change once closed or revealed', () => {
    expect(canVote(round, {}, 'z')).toBe('not-in-round');
    expect(canUnvote(round, { z: 1 }, 'z')).toBe('not-in-round');
    expect(canVote({ ...round, closed: true }, {}, 'a')).toBe('closed');
    expect(canVote({ ...round, revealed: true }, {}, 'a')).toBe('revealed');
    expect(canUnvote({ ...round, revealed: true }, { a: 1 }, 'a')).toBe('revealed');
    expect(canUnvote({ ...round, closed: true, revealed: true }, { a: 1 }, 'a')).toBe('closed');
  });

  it('counts votes left and never goes below zero', () => {
    expect(votesLeft(round, {})).toBe(3);
    expect(votesLeft(round, { a: 2 })).toBe(1);
    expect(votesLeft({ ...round, perPerson: 1 }, { a: 2 })).toBe(0);
  });

  it('ranks every card by votes, ties in the round order', () => {
    const cardIds = ['p', 'q', 'r', 's', 't'];
    expect(rank(cardIds, { t: 2, r: 2, q: 5 })).toEqual([
      { cardId: 'q', votes: 5 },
      { cardId: 'r', votes: 2 },
      { cardId: 't', votes: 2 },
      { cardId: 'p', votes: 0 },
      { cardId: 's', votes: 0 },
    ]);
    // Stable whatever order the totals arrive in.
    expect(rank([...cardIds].reverse(), { r: 2, t: 2 }).map((r) => r.cardId)).toEqual([
      't',
      'r',
      's',
      'q',
      'p',
    ]);
    expect(rank([], { a: 1 })).toEqual([]);
  });
});
