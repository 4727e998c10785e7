import { describe, expect, it } from 'vitest';
import { LogAggregator } from './aggregate.ts';

/* The aggregates of a small log whose right answers are worked out by hand in the comments. */

const HOUR = 3_600_000;

function log(cases: Record<string, [string, number][]>) {
  const sink = new LogAggregator();
  for (const [caseId, events] of Object.entries(cases))
    for (const [activity, hour] of events) sink.add({ caseId, activity, time: hour * HOUR });
  return sink.finish();
}

describe('log aggregates', () => {
  // c1: A B C        c2: A B A B C (loops back)        c3: A B C        c4: A
  const result = log({
    c1: [
      ['A', 0],
      ['B', 1],
      ['C', 3],
    ],
    c2: [
      ['A', 0],
      ['B', 2],
      ['A', 3],
      ['B', 4],
      ['C', 5],
    ],
    c3: [
      ['A', 0],
      ['B', 3],
      ['C', 4],
    ],
    c4: [['A', 0]],
  });

  it('counts cases, events, activities and the time range', () => {
    expect(result).toMatchObject({ cases: 4, events: 12, activities: 3 });
    expect(result.from).toBe(new Date(0).toISOString());
    expect(result.to).toBe(new Date(5 * HOUR).toISOString());
  });

  it('counts events and distinct cases per activity', () => {
    expect(result.data.activityStats).toEqual([
      { name: 'A', events: 5, cases: 4 },
      { name: 'B', events: 4, cases: 3 },
      { name: 'C', events: 3, cases: 3 },
    ]);
  });

  it('counts the directly-follows relation: occurrences and distinct cases', () => {
    // A→B: c1, c2 twice, c3 = 4 times in 3 cases; B→A: c2 once; B→C: c1, c2, c3.
    expect(result.data.transitions).toEqual([
      { from: 'A', to: 'B', count: 4, cases: 3 },
      { from: 'B', to: 'C', count: 3, cases: 3 },
      { from: 'B', to: 'A', count: 1, cases: 1 },
    ]);
  });

  it('lists variants by cases with the median time of each step', () => {
    // A B C: c1 (gaps 1 h, 2 h) and c3 (3 h, 1 h) → medians 2 h and 1.5 h.
    expect(result.data.variants).toEqual([
      { activities: ['A', 'B', 'C'], cases: 2, gaps: [2 * HOUR, 1.5 * HOUR] },
      { activities: ['A'], cases: 1, gaps: [] },
      { activities: ['A', 'B', 'A', 'B', 'C'], cases: 1, gaps: [2 * HOUR, HOUR, HOUR, HOUR] },
    ]);
    expect(result.data.casesInOtherVariants).toBe(0);
  });
});
