import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateMap } from '../doc/index.ts';
import { CHECKS, defineCheck } from './checks.ts';
import { broken, ctx, find, healthy, run } from './fixtures.ts';
import { healthReport } from './score.ts';

describe('healthReport', () => {
  it('scores a healthy map 100 with a result for every check', () => {
    const report = healthReport(healthy(), ctx);
    expect(report.score).toBe(100);
    expect(report.findings).toEqual([]);
    expect(report.byCheck.map((r) => r.check.id)).toEqual(CHECKS.map((c) => c.id));
  });

  it('subtracts 8 per high, 4 per medium and 1 per low finding', () => {
    const map = broken((m) => {
      find(m.stages, 's1').ownerId = null; // high
      find(m.kpis, 'k1').target = null; // medium
      find(m.cards, 'c1').reviewedAt = null; // low
    });
    const report = healthReport(map, ctx);
    expect(report.score).toBe(100 - 8 - 4 - 1);
    expect(report.findings.map((f) => f.checkId)).toEqual([
      'stage-owner',
      'kpi-target',
      'card-stale',
    ]);
    expect(report.byCheck.find((r) => r.check.id === 'stage-owner')?.penalty).toBe(8);
  });

  it('takes at most 15 points per check', () => {
    const map = broken((m) => {
      for (const c of m.cards) c.reviewedAt = null; // 3 low
      for (const s of m.stages) s.ownerId = null; // 3 high = 24, capped
    });
    const report = healthReport(map, ctx);
    expect(report.byCheck.find((r) => r.check.id === 'stage-owner')?.findings).toHaveLength(3);
    expect(report.score).toBe(100 - 15 - 3);
  });

  it('never goes below 0, and takes any set of checks', () => {
    const alarms = Array.from({ length: 8 }, (_, i) =>
      defineCheck({
        id: `alarm-${i}`,
        title: 'Alarm',
        why: 'Always.',
        find: () => [
          { severity: 'high', message: 'one' },
          { severity: 'high', message: 'two' },
        ],
      }),
    );
    const report = healthReport(healthy(), ctx, alarms);
    expect(report.score).toBe(0);
    expect(report.findings).toHaveLength(16);
    expect(report.findings[0]).toEqual({ checkId: 'alarm-0', severity: 'high', message: 'one' });
  });

  it('is deterministic', () => {
    const map = templateMap('ecommerce')!;
    expect(healthReport(map, ctx)).toEqual(healthReport(structuredClone(map), ctx));
  });
});

describe('templates', () => {
  const today = new Date().toISOString().slice(0, 10);

  it.each(TEMPLATES.map((t) => t.id))(
    '%s: runs, and every finding points at something real',
    (id) => {
      const map = templateMap(id)!;
      const report = healthReport(map, { today, staleDays: 90 });
      expect(report.score).toBeGreaterThanOrEqual(0);
      expect(report.score).toBeLessThanOrEqual(100);
      const ids = {
        card: map.cards,
        stage: map.stages,
        lane: map.lanes,
        kpi: map.kpis,
        action: map.actions,
        persona: map.personas,
      };
      for (const f of report.findings) {
        expect(f.message.length).toBeGreaterThan(0);
        if (f.target) expect(ids[f.target.kind].map((x) => x.id)).toContain(f.target.id);
      }
    },
  );

  it('e-commerce: finds the pain points without actions and stale cards, not a missing aftercare', () => {
    const report = healthReport(templateMap('ecommerce')!, { today, staleDays: 90 });
    const checks = new Set(report.findings.map((f) => f.checkId));
    expect(checks).toContain('painpoint-action');
    expect(checks).toContain('card-stale');
    expect(checks).not.toContain('after-purchase');
    expect(report.score).toBeLessThan(100);
  });

  it('e-commerce cut off after Purchase is flagged', () => {
    const map = templateMap('ecommerce')!;
    const purchase = map.stages.findIndex((s) => s.name === 'Purchase');
    map.stages = map.stages.slice(0, purchase + 1);
    expect(run('after-purchase', map)).toEqual([
      expect.objectContaining({ target: { kind: 'stage', id: map.stages[purchase]!.id } }),
    ]);
  });

  it('blank: no owners and no KPIs on its stages', () => {
    const report = healthReport(templateMap('blank')!, { today, staleDays: 90 });
    expect(report.findings.filter((f) => f.checkId === 'stage-owner')).toHaveLength(3);
    expect(report.findings.filter((f) => f.checkId === 'stage-kpi')).toHaveLength(3);
  });
});
