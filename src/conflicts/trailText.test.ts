import { describe, expect, it } from 'vitest';
import type { TrailEntry } from '../doc/index.ts';
import { clockTime, trailByField, trailLine, type TrailWords } from './trailText.ts';

const AT_1040 = Date.UTC(2026, 11, 3, 10, 40);
const AT_1042 = Date.UTC(2026, 11, 3, 10, 42);

const words: TrailWords = {
  nameOfPerson: (id) => (id === 'p1' ? 'Dana Reyes' : null),
  nameOfClient: (client) => (client === 7 ? 'Carol' : null),
  time: (at) => clockTime(at, 'UTC'),
};

const entry = (over: Partial<TrailEntry>): TrailEntry => ({
  collection: 'cards',
  id: 'c1',
  field: 'title',
  value: 'X',
  by: 'Alice',
  client: 1,
  at: AT_1040,
  ...over,
});

describe('trail words', () => {
  it('names the writer, the value and the time', () => {
    expect(trailLine(entry({}), [], words)).toBe('Alice → “X” at 10:40');
  });

  it('names who overwrote it: from the mark, from their own entry, from presence, or not', () => {
    const bob = entry({ value: 'Y', by: 'Bob', client: 2, at: AT_1042 });
    const lost = (client: number, name: string | null = null) =>
      entry({ overwrittenBy: { client, name, at: AT_1042 } });
    expect(trailLine(lost(2, 'Bobby'), [bob], words)).toBe(
      'Alice → “X” at 10:40 (overwritten by Bobby at 10:42)',
    );
    expect(trailLine(lost(2), [bob], words)).toBe(
      'Alice → “X” at 10:40 (overwritten by Bob at 10:42)',
    );
    expect(trailLine(lost(7), [bob], words)).toContain('(overwritten by Carol at 10:42)');
    expect(trailLine(lost(9), [bob], words)).toContain('(overwritten by a colleague at 10:42)');
  });

  it('shows values as the app does, and groups by field, newest field first', () => {
    const list = [
      entry({ field: 'ownerId', value: 'p1', at: AT_1042 }),
      entry({ field: 'momentOfTruth', value: true }),
      entry({ value: 'Checkout' }),
      entry({ field: 'ownerId', value: null, by: 'Bob', client: 2 }),
    ];
    expect(trailByField(list, words)).toEqual([
      {
        field: 'ownerId',
        label: 'Owner',
        lines: ['Alice → Dana Reyes at 10:42', 'Bob → — at 10:40'],
        overwritten: 0,
      },
      {
        field: 'momentOfTruth',
        label: 'Moment of truth',
        lines: ['Alice → Yes at 10:40'],
        overwritten: 0,
      },
      { field: 'title', label: 'Title', lines: ['Alice → “Checkout” at 10:40'], overwritten: 0 },
    ]);
  });
});
