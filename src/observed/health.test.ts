import { describe, expect, it } from 'vitest';
import type { CardData, MapState } from '../doc/index.ts';
import { observedHealth } from './health.ts';
import type { ObservationData } from './log/types.ts';
import { observedFigures } from './overlay/figures.ts';

/* A shown set's figures as the health checks read them, on a map and log made by hand. */

const card = (id: string, stageId: string, title: string): CardData => ({
  id,
  stageId,
  laneId: 'l1',
  order: `a${id}`,
  kind: 'action',
  title,
  description: '',
  channel: null,
  ownerId: null,
  emotion: {},
  momentOfTruth: false,
  evidence: 'data',
  reviewedAt: null,
  kpiIds: [],
  systemId: null,
  reliesOn: [],
  activities: [],
});

// Designed by default: Order → Pay → Ship (customer actions in stage order).
const map: MapState = {
  meta: { title: 'Shop', purpose: '', schemaVersion: 2, observedSet: null, ignoredActivities: [] },
  stages: [
    { id: 's1', name: 'Buy', order: 'a0', goal: '', ownerId: null },
    { id: 's2', name: 'Get', order: 'a1', goal: '', ownerId: null },
  ],
  lanes: [{ id: 'l1', name: 'Actions', kind: 'actions', order: 'a0' }],
  cards: [card('a', 's1', 'Order'), card('b', 's2', 'Pay'), card('c', 's2', 'Ship')],
  personas: [],
  people: [],
  kpis: [],
  actions: [],
  connections: [],
  systems: [],
};

// 3 cases Order → Ship (skipping Pay), 1 case Order only; Browse is on no card.
const data: ObservationData = {
  activityStats: [
    { name: 'Order', events: 4, cases: 4 },
    { name: 'Ship', events: 3, cases: 3 },
    { name: 'Browse', events: 1, cases: 1 },
  ],
  transitions: [],
  variants: [
    { activities: ['Order', 'Ship'], cases: 3, gaps: [1000] },
    { activities: ['Order', 'Browse'], cases: 1, gaps: [1000] },
  ],
  casesInOtherVariants: 0,
  skipped: { events: 0, examples: [] },
  hasChannels: false,
};

describe('observed figures for the health checks', () => {
  it('count cases, events, unreached cards, unplanned steps, stages and unmapped activities', () => {
    const figures = observedFigures(map, data, 4);
    expect(observedHealth(map, { name: 'Q3', data }, figures)).toEqual({
      name: 'Q3',
      cases: 4,
      events: 8,
      neverObserved: ['b'],
      unplanned: [{ from: 'a', to: 'c', cases: 3 }],
      stages: [
        { stageId: 's1', entering: 4, dropOff: 1 },
        { stageId: 's2', entering: 3, dropOff: 3 },
      ],
      unmapped: [{ name: 'Browse', events: 1 }],
    });
  });
});
