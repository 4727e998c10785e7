import { describe, expect, it } from 'vitest';
import { matchLabel, searchMatches, stepMatch } from './search.ts';
import { card, smallMap } from '../canvas/navigate/testMap.ts';

// Listed out of journey order on purpose: the document keeps cards by id, not by place.
const map = smallMap([
  card('a', 's3', 'l1', 'Call the bank'),
  card('b', 's1', 'l2', 'Bank app login'),
  card('c', 's1', 'l1', 'Read reviews'),
  card('d', 's2', 'l1', 'Visit a BANK branch'),
  card('e', 's1', 'l2', 'Second bank app screen'),
]);

describe('searchMatches', () => {
  it('finds titles in any case, in journey order: stage, then lane, then down the cell', () => {
    expect(searchMatches(map, 'bank')).toEqual(['b', 'e', 'd', 'a']);
  });
  it('finds nothing for a blank query, and trims the query', () => {
    expect(searchMatches(map, '   ')).toEqual([]);
    expect(searchMatches(map, '  reviews ')).toEqual(['c']);
  });
});

describe('stepMatch', () => {
  const matches = ['b', 'e', 'd', 'a'];
  it('starts at the first (forward) or the last (back) when no match is current', () => {
    expect(stepMatch(matches, null, true)).toBe('b');
    expect(stepMatch(matches, 'c', false)).toBe('a');
  });
  it('steps from the current match and wraps around both ends', () => {
    expect(stepMatch(matches, 'e', true)).toBe('d');
    expect(stepMatch(matches, 'a', true)).toBe('b');
    expect(stepMatch(matches, 'b', false)).toBe('a');
  });
  it('has nowhere to go without matches', () => {
    expect(stepMatch([], null, true)).toBeNull();
  });
});

describe('matchLabel', () => {
  it('says where the current match is, or how many there are', () => {
    expect(matchLabel(['b', 'e', 'd'], 'e')).toBe('2 of 3');
    expect(matchLabel(['b', 'e', 'd'], null)).toBe('3 matches');
    expect(matchLabel(['b'], 'x')).toBe('1 match');
    expect(matchLabel([], null)).toBe('No matches');
  });
});
