import { describe, expect, it } from 'vitest';
import { broken, ctx, find, healthy } from './fixtures.ts';
import {
  SCORE_RULE,
  describeMove,
  scoreChange,
  scoreLines,
  scoreSum,
  WEIGHTS_IN_WORDS,
} from './explain.ts';
import { healthReport } from './score.ts';

describe('the score rule', () => {
  it('names every severity weight and both caps', () => {
    expect(WEIGHTS_IN_WORDS).toBe('critical 20, high 8, medium 4, low 1');
    expect(SCORE_RULE).toBe(
      'The score starts at 100. Each finding takes points by severity (critical 20, high 8, ' +
        'medium 4, low 1); each check takes at most its weight: 20 for the checks that a map is ' +
        "complete (purpose, stages, customer lanes, personas' emotions), 15 for the others.",
    );
  });
});

describe('scoreLines and scoreSum', () => {
  it('lists the checks that took points, most first, then the rest, with the arithmetic', () => {
    const map = broken((m) => {
      m.meta.purpose = ''; // purpose: high 8
      for (const s of m.stages) s.ownerId = null; // stage-owner: 3 × 8 = 24, capped 15
      find(m.kpis, 'k1').target = null; // kpi-target: medium 4
    });
    const report = healthReport(map, ctx);
    const lines = scoreLines(report);
    expect(lines.slice(0, 4)).toEqual([
      {
        checkId: 'stage-owner',
        title: 'Stages without an owner',
        weight: 15,
        findings: 3,
        points: 15,
      },
      { checkId: 'purpose', title: 'No purpose', weight: 20, findings: 1, points: 8 },
      { checkId: 'kpi-target', title: 'KPIs without a target', weight: 15, findings: 1, points: 4 },
      { checkId: 'stage-empty', title: 'Stages without cards', weight: 20, findings: 0, points: 0 },
    ]);
    expect(lines).toHaveLength(report.byCheck.length);
    expect(report.score).toBe(100 - 15 - 8 - 4);
    expect(scoreSum(report)).toBe('100 − 15 − 8 − 4 = 73');
    expect(scoreSum(healthReport(healthy(), ctx))).toBe('100 = 100');
  });
});

describe('scoreChange', () => {
  it('says which checks moved the score since an earlier state, largest move first', () => {
    const before = healthReport(
      broken((m) => (find(m.kpis, 'k1').target = null)),
      ctx,
    ); // kpi-target 4 → 96
    const after = healthReport(
      broken((m) => {
        m.actions[0]!.due = '2025-06-01'; // overdue on 2025-06-30: high 8
        find(m.cards, 'c1').reviewedAt = null; // stale: low 1
      }),
      ctx,
    ); // 100 − 8 − 1 = 91
    const change = scoreChange(before, after);
    expect(change.before).toBe(96);
    expect(change.after).toBe(91);
    expect(change.moves.map(describeMove)).toEqual([
      '−8 points: Overdue actions (1 finding, was none)',
      '+4 points: KPIs without a target (0 findings, was 1)',
      '−1 point: Cards not reviewed recently (1 finding, was none)',
    ]);
  });

  it('finds no moves between equal states', () => {
    const report = healthReport(healthy(), ctx);
    expect(scoreChange(report, report).moves).toEqual([]);
  });
});
