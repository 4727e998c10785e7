/* Test fixtures for the health checks: a map that passes everything, and ways to break it. */
import type { CardData, MapState } from '../doc/index.ts';
import { CHECKS, type HealthContext } from './checks.ts';

export const ctx: HealthContext = { today: '2025-06-30', staleDays: 90 };

export function card(
  patch: Partial<CardData> & Pick<CardData, 'id' | 'stageId' | 'kind'>,
): CardData {
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
    systemId: null,
    reliesOn: [],
    activities: [],
    ...patch,
  };
}

/**
 * A small map that passes every check; each test breaks one thing. Stage s2 is measured
 * through a KPI on its card and s3 through a card's linked KPI, so both routes are covered.
 */
export function healthy(): MapState {
  return {
    meta: {
      title: 'Healthy',
      purpose: 'Tests',
      schemaVersion: 1,
      observedSet: null,
      ignoredActivities: [],
    },
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
      card({
        id: 'c1',
        stageId: 's1',
        kind: 'touchpoint',
        ownerId: 'p1',
        emotion: { ps1: 1 },
        reliesOn: ['y1'],
      }),
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
    connections: [{ id: 'x1', from: 'c1', to: 'c3', kind: 'flow', label: '', status: null }],
    // A mature system with an owner that a touchpoint relies on.
    systems: [
      { id: 'y1', name: 'CRM', ownerId: 'p1', description: '', maturity: 4, importance: 4 },
    ],
  };
}

export function kpi(
  patch: Partial<MapState['kpis'][number]> & { id: string },
): MapState['kpis'][number] {
  return {
    name: `KPI ${patch.id}`,
    unit: '%',
    target: null,
    current: null,
    direction: 'higher',
    ownerId: 'p1',
    stageId: null,
    cardId: null,
    min: null,
    max: null,
    history: [],
    ...patch,
  };
}

/** The healthy map after a change. */
export function broken(change: (map: MapState) => void): MapState {
  const map = healthy();
  change(map);
  return map;
}

export const find = <T extends { id: string }>(list: T[], id: string) =>
  list.find((x) => x.id === id)!;

/** The findings of one check, by id. */
export function run(id: string, map: MapState, context: HealthContext = ctx) {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check.run(map, context);
}
