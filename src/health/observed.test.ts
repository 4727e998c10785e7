import { describe, expect, it } from 'vitest';
import { CHECKS } from './checks.ts';
import { ctx, healthy } from './fixtures.ts';
import type { ObservedHealth } from './observed.ts';
import { revealTarget } from './reveal.ts';
import { healthReport } from './score.ts';

/*
 * The observed checks on the healthy map (Discover c1 · Purchase c2 · Use c3) with figures made
 * by hand for 100 cases and 1,000 events; each threshold is met once exactly and missed once.
 */

const observed: ObservedHealth = {
  name: 'Q3',
  cases: 100,
  events: 1000,
  // c2 is reached by nobody; an id the map no longer has is passed over.
  neverObserved: ['c2', 'gone'],
  unplanned: [
    { from: 'c1', to: 'c3', cases: 10 }, // 10 %: a finding
    { from: 'c3', to: 'c1', cases: 9 }, // 9 %: not
  ],
  stages: [
    { stageId: 's1', entering: 100, dropOff: 30 }, // 30 %: not above 30 %
    { stageId: 's2', entering: 60, dropOff: 19 }, // 31.7 %: a finding
    { stageId: 's3', entering: 41, dropOff: 41 }, // the last stage: journeys end there
  ],
  unmapped: [
    { name: 'Browse', events: 50 }, // 5 %: a finding
    { name: 'Chat', events: 49 }, // 4.9 %: not
  ],
};

const findings = (report: ReturnType<typeof healthReport>, checkId: string) =>
  report.findings.filter((f) => f.checkId === checkId);

describe('observed health checks', () => {
  const report = healthReport(healthy(), { ...ctx, observed });

  it('run only when the map shows an observation set', () => {
    expect(healthReport(healthy(), ctx).byCheck).toHaveLength(CHECKS.length);
    expect(report.byCheck).toHaveLength(CHECKS.length + 4);
  });

  it('find a card nobody reaches', () => {
    expect(findings(report, 'observed-never-reached')).toEqual([
      {
        checkId: 'observed-never-reached',
        severity: 'medium',
        message: 'Card “Card c2” is reached by no case of “Q3”',
        target: { kind: 'card', id: 'c2' },
      },
    ]);
  });

  it('find an unplanned step taken by at least 10 % of cases', () => {
    const found = findings(report, 'observed-unplanned');
    expect(found.map((f) => f.message)).toEqual([
      '10 % of cases go from “Card c1” to “Card c3”, a step the map does not design',
    ]);
    expect(found[0]!.target).toEqual({ kind: 'card', id: 'c1' });
  });

  it('find a stage, not the last, where more than 30 % of entering cases end', () => {
    const found = findings(report, 'observed-drop-off');
    expect(found.map((f) => f.message)).toEqual([
      '32 % of the cases entering “Purchase” end there (19 of 60)',
    ]);
    expect(found[0]!.target).toEqual({ kind: 'stage', id: 's2' });
  });

  it('find an activity with at least 5 % of the events and no card, going to the mapping', () => {
    const found = findings(report, 'observed-unmapped');
    expect(found.map((f) => f.message)).toEqual([
      'Activity “Browse” (5 % of the events) maps to no card',
    ]);
    let opened: string | null = null;
    const ui = { getState: () => ({ openPanel: (p: string) => (opened = p) }) };
    revealTarget(ui as never, found[0]!.target!);
    expect(opened).toBe('observed');
  });

  it('weigh in the score: the healthy map loses 4 + 8 + 8 + 4 points', () => {
    expect(healthReport(healthy(), ctx).score).toBe(100);
    expect(report.score).toBe(76);
  });

  it('find nothing in a set without cases or events', () => {
    const empty = { ...observed, cases: 0, events: 0, stages: [] };
    expect(healthReport(healthy(), { ...ctx, observed: empty }).findings).toEqual([]);
  });
});
