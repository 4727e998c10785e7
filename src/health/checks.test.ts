import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from './checks.ts';
import { broken, card, ctx, find, healthy, run } from './fixtures.ts';

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
    expect(
      run(
        'evidence-assumptions',
        broken((m) => (m.cards = [])),
      ),
    ).toEqual([]);
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

  it('leaves a persona with no scores at all to the persona-emotion check', () => {
    const map = broken((m) => m.personas.push({ id: 'ps2', name: 'Gifter', description: '' }));
    expect(run('emotion-gaps', map)).toEqual([]);
    expect(run('persona-emotion', map)).toEqual([
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
