/* A small map for the exchange tests: two stages, two lanes, three cards, two personas. */
import type { CardData, MapState } from '../doc/index.ts';

function card(patch: Partial<CardData> & Pick<CardData, 'id' | 'stageId' | 'laneId'>): CardData {
  return {
    order: 'a0',
    kind: 'touchpoint',
    title: `Card ${patch.id}`,
    description: '',
    channel: null,
    ownerId: null,
    emotion: {},
    momentOfTruth: false,
    evidence: 'assumption',
    reviewedAt: null,
    kpiIds: [],
    systemId: null,
    reliesOn: [],
    activities: [],
    ...patch,
  };
}

export function sampleMap(): MapState {
  return {
    meta: {
      title: 'Refinancing journey',
      purpose: 'Keep customers at renewal',
      schemaVersion: 1,
      observedSet: null,
      ignoredActivities: [],
    },
    stages: [
      { id: 's1', name: 'Rate expiry', order: 'a0', goal: '', ownerId: null },
      { id: 's2', name: 'Decision', order: 'a1', goal: '', ownerId: 'p1' },
    ],
    lanes: [
      { id: 'l1', name: 'Touchpoints', kind: 'touchpoints', order: 'a0' },
      { id: 'l2', name: 'Pain points', kind: 'painpoints', order: 'a1' },
    ],
    // Stored out of reading order on purpose: exports sort by stage, lane, then order.
    cards: [
      card({
        id: 'c3',
        stageId: 's2',
        laneId: 'l1',
        title: '=Offer letter',
        channel: 'email',
        emotion: { ps1: 1 },
      }),
      card({
        id: 'c1',
        stageId: 's1',
        laneId: 'l1',
        title: 'Reminder email',
        description: 'Sent 90 days before, "friendly" tone',
        channel: 'email',
        ownerId: 'p1',
        emotion: { ps1: -1, ps2: 2 },
        momentOfTruth: true,
        evidence: 'data',
        reviewedAt: '2025-05-01',
      }),
      card({
        id: 'c2',
        stageId: 's1',
        laneId: 'l2',
        kind: 'painpoint',
        title: 'Unclear fees',
        emotion: { ps1: -2 },
      }),
    ],
    personas: [
      { id: 'ps1', name: 'Customer', description: '' },
      { id: 'ps2', name: 'Broker', description: '' },
    ],
    people: [{ id: 'p1', name: 'Maya Lind', team: 'CX', color: '#db2777' }],
    kpis: [
      {
        id: 'k1',
        name: 'Retention',
        unit: '%',
        target: 80,
        current: 72,
        direction: 'higher',
        ownerId: 'p1',
        stageId: 's2',
        cardId: null,
        min: null,
        max: null,
        history: [],
      },
      {
        id: 'k2',
        name: 'Complaints',
        unit: '',
        target: null,
        current: 4,
        direction: 'lower',
        ownerId: null,
        stageId: null,
        cardId: 'c2',
        min: null,
        max: null,
        history: [],
      },
    ],
    actions: [
      {
        id: 'a1',
        title: 'Show fees up front',
        ownerId: 'p1',
        due: '2025-06-01',
        status: 'doing',
        impact: 4,
        effort: 2,
        cardIds: ['c2', 'c1'],
      },
      {
        id: 'a2',
        title: 'Call before expiry',
        ownerId: null,
        due: null,
        status: 'todo',
        impact: 3,
        effort: 4,
        cardIds: [],
      },
    ],
    connections: [],
    systems: [],
  };
}
