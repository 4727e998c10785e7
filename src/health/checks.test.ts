import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateMap, type CardData, type MapState } from '../doc/index.ts';
import { CHECKS, defineCheck, runChecks, type HealthContext } from './checks.ts';
import { healthReport } from './score.ts';

const ctx: HealthContext = { today: '2025-06-30', staleDays: 90 };

function card(patch: Partial<CardData> & Pick<CardData, 'id' | 'stageId' | 'kind'>): CardData {
  return {
    laneId: patch.kind === 'painpoint' ? 'l2' : 'l1',
    order: 'a0',
    title: `Card ${patch.id}`,
    description: '',
    channel: patch.kind === 'touchpoint' ? 'web' : null,
    ownerId: null,
    emotion: { ps1: 0 },
    momentOfTruth: false,
    evidence: 'data',
    reviewedAt: '2025-06-01',
    kpiIds: [],
    ...patch,
  };
}

/**
 * A small map that passes every check; each test breaks one thing. Stage s2 is measured
 * through a KPI on its card and s3 through a card's linked KPI, so both routes are covered.
 */
function healthy(): MapState {
  return {
    meta: { title: 'Healthy', purpose: 'Tests', schemaVersion: 1 },
    stages: [
      { id: 's1', name: 'Discover', order: 'a0', goal: 'Be found', ownerId: 'p1' },
      { id: 's2', name: 'Purchase', order: 'a1', goal: 'Pay with ease', ownerId: 'p1' },
      { id: 's3', name: 'Use', order: 'a2', goal: 'Get value every week', ownerId: 'p1' },
    ],
    lanes: [
      { id: 'l1', name: 'Touchpoints', kind: 'touchpoints', order: 'a0' },
      { id: 'l2', name: 'Pain points', kind: 'painpoints', order: 'a1' },
    ],
    cards: [
      card({ id: 'c1', stageId: 's1', kind: 'touchpoint', ownerId: 'p1', emotion: { ps1: 1 } }),
      // A pain point needs an action, not an owner.
      card({ id: 'c2', stageId: 's2', kind: 'painpoint', emotion: { ps1: -1 } }),
      card({
        id: 'c3',
        stageId: 's3',
        kind: 'touchpoint',
        ownerId: 'p1',
        evidence: 'anecdotal',
        kpiIds: ['k3'],
      }),
    ],
    personas: [{ id: 'ps1', name: 'Buyer', description: '' }],
    people: [{ id: 'p1', name: 'Maya', team: 'CX', color: '#db2777' }],
    kpis: [
      kpi({ id: 'k1', stageId: 's1', target: 10, current: 12, direction: 'higher' }),
      kpi({ id: 'k2', cardId: 'c2', target: 5, current: 3, direction: 'lower' }),
      kpi({ id: 'k3', target: 50, current: 50, direction: 'higher' }),
    ],
    actions: [
      {
        id: 'a1',
        title: 'Show fees early',
        ownerId: 'p1',
        due: '2025-07-15',
        status: 'todo',
        impact: 4,
        effort: 2,
        cardIds: ['c2'],
      },
    ],
  };
}

function kpi(patch: Partial<MapState['kpis'][number]> & { id: string }): MapState['kpis'][number] {
  return {
    name: `KPI ${patch.id}`,
    unit: '%',
    target: null,
    current: null,
    direction: 'higher',
    ownerId: 'p1',
    stageId: null,
    cardId: null,
    history: [],
    ...patch,
  };
}

/** The healthy map after a change. */
function broken(change: (map: MapState) => void): MapState {
  const map = healthy();
  change(map);
  return map;
}

const find = <T extends { id: string }>(list: T[], id: string) => list.find((x) => x.id === id)!;

/** The findings of one check, by id. */
function run(id: string, map: MapState, context: HealthContext = ctx) {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check.run(map, context);
}

describe('the healthy fixture', () => {
  it('passes every check', () => {
    expect(runChecks(healthy(), ctx)).toEqual([]);
  });

  it('every check has an id, a title and a one-sentence why, and ids are unique', () => {
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z-]+$/);
      expect(check.title.length).toBeGreaterThan(3);
      expect(check.why).toMatch(/^[A-Z].*\.$/);
    }
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });
});

describe('owners', () => {
  it('flags a stage without an owner, or with one no longer in the directory', () => {
    const map = broken((m) => {
      find(m.stages, 's2').ownerId = null;
      find(m.stages, 's3').ownerId = 'ghost';
    });
    expect(run('stage-owner', map)).toEqual([
      {
        checkId: 'stage-owner',
        severity: 'high',
        message: 'Stage “Purchase” has no owner',
        target: { kind: 'stage', id: 's2' },
      },
      expect.objectContaining({ target: { kind: 'stage', id: 's3' } }),
    ]);
    expect(run('stage-owner', healthy())).toEqual([]);
  });

  it('flags a touchpoint without an owner, and no other kind of card', () => {
    const map = broken((m) => {
      find(m.cards, 'c1').ownerId = null;
    });
    expect(run('touchpoint-owner', map)).toEqual([
      {
        checkId: 'touchpoint-owner',
        severity: 'medium',
        message: 'Touchpoint “Card c1” in Discover has no owner',
        target: { kind: 'card', id: 'c1' },
      },
    ]);
    // c2, a pain point, has no owner in the healthy map.
    expect(run('touchpoint-owner', healthy())).toEqual([]);
  });

  it('flags an open action without an owner, not a done one', () => {
    const map = broken((m) => {
      m.actions[0]!.ownerId = null;
    });
    expect(run('action-owner', map)).toEqual([
      expect.objectContaining({
        message: 'Action “Show fees early” has no owner',
        target: { kind: 'action', id: 'a1' },
      }),
    ]);
    const done = broken((m) => {
      m.actions[0]!.ownerId = null;
      m.actions[0]!.status = 'done';
    });
    expect(run('action-owner', done)).toEqual([]);
  });
});

describe('after the purchase', () => {
  const withStages = (...stages: [name: string, goal?: string][]) =>
    broken((m) => {
      m.stages = stages.map(([name, goal = ''], i) => ({
        id: `s${i + 1}`,
        name,
        goal,
        order: `a${i}`,
        ownerId: 'p1',
      }));
    });

  it('flags a journey that ends at the purchase', () => {
    expect(run('after-purchase', withStages(['Discover'], ['Checkout']))).toEqual([
      {
        checkId: 'after-purchase',
        severity: 'high',
        message: 'The journey ends at “Checkout”: add the stages after it (use, support, loyalty)',
        target: { kind: 'stage', id: 's2' },
      },
    ]);
  });

  it('flags a purchase followed only by stages that are not retention or support', () => {
    const map = withStages(['Research'], ['Application'], ['Assessment'], ['Delivery']);
    expect(run('after-purchase', map)).toEqual([
      expect.objectContaining({
        message: 'No use, support or loyalty stage after “Application”',
        target: { kind: 'stage', id: 's2' },
      }),
    ]);
  });

  it('reads the goal when the name says nothing', () => {
    const map = withStages(['Discover'], ['Decide', 'Get them to buy today']);
    expect(run('after-purchase', map)).toHaveLength(1);
  });

  it('passes when a use, support or loyalty stage follows the purchase', () => {
    expect(run('after-purchase', healthy())).toEqual([]);
    expect(run('after-purchase', withStages(['Sign-up'], ['Setup'], ['Renewal']))).toEqual([]);
    // The name decides: a loyalty stage whose goal is to buy again is after the sale.
    const loyal = withStages(['Checkout'], ['Loyalty', 'Make them buy again']);
    expect(run('after-purchase', loyal)).toEqual([]);
  });

  it('does not judge a journey without a purchase', () => {
    const map = withStages(['Problem noticed'], ['Contact'], ['Resolution']);
    expect(run('after-purchase', map)).toEqual([]);
  });
});

describe('KPIs', () => {
  it('flags a stage no KPI measures', () => {
    const map = broken((m) => {
      m.kpis = m.kpis.filter((k) => k.id !== 'k1');
    });
    expect(run('stage-kpi', map)).toEqual([
      {
        checkId: 'stage-kpi',
        severity: 'medium',
        message: 'Stage “Discover” has no KPI',
        target: { kind: 'stage', id: 's1' },
      },
    ]);
  });

  it('counts KPIs on a card of the stage and KPIs linked from its cards', () => {
    expect(run('stage-kpi', healthy())).toEqual([]);
    const unlinked = broken((m) => {
      find(m.cards, 'c3').kpiIds = [];
      find(m.kpis, 'k2').cardId = null;
    });
    expect(run('stage-kpi', unlinked).map((f) => f.target?.id)).toEqual(['s2', 's3']);
    // A link to a deleted KPI measures nothing.
    const dangling = broken((m) => {
      m.kpis = m.kpis.filter((k) => k.id !== 'k3');
    });
    expect(run('stage-kpi', dangling).map((f) => f.target?.id)).toEqual(['s3']);
  });

  it('flags a KPI without a target', () => {
    const map = broken((m) => {
      find(m.kpis, 'k1').target = null;
    });
    expect(run('kpi-target', map)).toEqual([
      {
        checkId: 'kpi-target',
        severity: 'medium',
        message: 'KPI “KPI k1” has no target',
        target: { kind: 'kpi', id: 'k1' },
      },
    ]);
    expect(run('kpi-target', healthy())).toEqual([]);
  });

  it('flags KPIs off target in either direction', () => {
    const map = broken((m) => {
      find(m.kpis, 'k1').current = 8;
      find(m.kpis, 'k2').current = 6;
    });
    expect(run('kpi-off-target', map)).toEqual([
      {
        checkId: 'kpi-off-target',
        severity: 'high',
        message: 'KPI “KPI k1” is off target: 8% against a target of at least 10%',
        target: { kind: 'kpi', id: 'k1' },
      },
      expect.objectContaining({
        message: 'KPI “KPI k2” is off target: 6% against a target of at most 5%',
      }),
    ]);
  });

  it('passes a KPI exactly on target, and one without a value yet', () => {
    const map = broken((m) => {
      find(m.kpis, 'k1').current = 10;
      find(m.kpis, 'k2').current = null;
    });
    expect(run('kpi-off-target', map)).toEqual([]);
    expect(run('kpi-off-target', healthy())).toEqual([]);
  });
});

describe('actions', () => {
  it('flags a pain point no action links to', () => {
    const map = broken((m) => {
      m.actions[0]!.cardIds = ['c1'];
    });
    expect(run('painpoint-action', map)).toEqual([
      {
        checkId: 'painpoint-action',
        severity: 'medium',
        message: 'Pain point “Card c2” in Purchase has no action',
        target: { kind: 'card', id: 'c2' },
      },
    ]);
  });

  it('counts a done action as the pain point being acted on', () => {
    const map = broken((m) => {
      m.actions[0]!.status = 'done';
    });
    expect(run('painpoint-action', map)).toEqual([]);
  });

  it('flags an open action past its due date', () => {
    const map = broken((m) => {
      m.actions[0]!.due = '2025-06-29';
      m.actions[0]!.status = 'doing';
    });
    expect(run('action-overdue', map)).toEqual([
      {
        checkId: 'action-overdue',
        severity: 'high',
        message: 'Action “Show fees early” is 1 day overdue (due 2025-06-29)',
        target: { kind: 'action', id: 'a1' },
      },
    ]);
    const later = broken((m) => {
      m.actions[0]!.due = '2025-06-01';
    });
    expect(run('action-overdue', later)[0]?.message).toContain('29 days overdue');
  });

  it('passes an action due today, one without a date, and a done one', () => {
    for (const patch of [
      { due: '2025-06-30' },
      { due: null },
      { due: '2025-01-01', status: 'done' as const },
    ]) {
      const map = broken((m) => Object.assign(m.actions[0]!, patch));
      expect(run('action-overdue', map)).toEqual([]);
    }
  });
});

describe('reviews and evidence', () => {
  it('flags cards reviewed more than staleDays ago, and cards never reviewed', () => {
    const map = broken((m) => {
      find(m.cards, 'c1').reviewedAt = '2025-03-31'; // 91 days
      find(m.cards, 'c2').reviewedAt = null;
      find(m.cards, 'c3').reviewedAt = '2025-04-01'; // exactly 90 days: still fresh
    });
    expect(run('card-stale', map)).toEqual([
      {
        checkId: 'card-stale',
        severity: 'low',
        message: 'Card “Card c1” was last reviewed 91 days ago',
        target: { kind: 'card', id: 'c1' },
      },
      expect.objectContaining({
        message: 'Card “Card c2” has never been reviewed',
        target: { kind: 'card', id: 'c2' },
      }),
    ]);
  });

  it('follows the configured number of days', () => {
    const map = broken((m) => {
      find(m.cards, 'c1').reviewedAt = '2025-05-16'; // 45 days
    });
    expect(run('card-stale', map)).toEqual([]);
    expect(run('card-stale', map, { ...ctx, staleDays: 30 })).toHaveLength(1);
  });

  it('flags a map where more than half the cards are assumptions', () => {
    const map = broken((m) => {
      find(m.cards, 'c1').evidence = 'assumption';
      find(m.cards, 'c2').evidence = 'assumption';
    });
    expect(run('evidence-assumptions', map)).toEqual([
      {
        checkId: 'evidence-assumptions',
        severity: 'medium',
        message: '67% of cards (2 of 3) are assumptions; back them with research or data',
      },
    ]);
  });

  it('passes at exactly half, and on a map without cards', () => {
    const half = broken((m) => {
      m.cards.push(card({ id: 'c4', stageId: 's3', kind: 'note', evidence: 'assumption' }));
      find(m.cards, 'c1').evidence = 'assumption';
    });
    expect(run('evidence-assumptions', half)).toEqual([]);
    expect(run('evidence-assumptions', broken((m) => (m.cards = [])))).toEqual([]);
  });
});

describe('emotion curves', () => {
  it('flags a persona with no score in a stage that has cards', () => {
    const map = broken((m) => {
      find(m.cards, 'c1').emotion = {};
      find(m.cards, 'c3').emotion = {};
    });
    expect(run('emotion-gaps', map)).toEqual([
      {
        checkId: 'emotion-gaps',
        severity: 'low',
        message: 'Persona “Buyer” has no emotion score in Discover and Use',
        target: { kind: 'persona', id: 'ps1' },
      },
    ]);
  });

  it('says so when a persona has no scores at all', () => {
    const map = broken((m) => m.personas.push({ id: 'ps2', name: 'Gifter', description: '' }));
    expect(run('emotion-gaps', map)).toEqual([
      expect.objectContaining({
        message: 'Persona “Gifter” has no emotion scores yet',
        target: { kind: 'persona', id: 'ps2' },
      }),
    ]);
  });

  it('ignores stages without cards, and one scored card per stage is enough', () => {
    const map = broken((m) => {
      m.stages.push({ id: 's4', name: 'Loyalty', order: 'a3', goal: '', ownerId: 'p1' });
      m.cards.push(card({ id: 'c5', stageId: 's1', kind: 'note', emotion: {} }));
    });
    expect(run('emotion-gaps', map)).toEqual([]);
  });
});

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
    expect(report.findings.map((f) => f.checkId)).toEqual(['stage-owner', 'kpi-target', 'card-stale']);
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

  it.each(TEMPLATES.map((t) => t.id))('%s: runs, and every finding points at something real', (id) => {
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
  });

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
