import { describe, expect, it } from 'vitest';
import type { CardData, MapState } from '../../doc/index.ts';
import type { ObservationData, Variant } from '../log/types.ts';
import { designedFlow } from './designed.ts';
import { observedFigures } from './figures.ts';
import { resolveMapping, suggestCard } from './mapping.ts';

/* The overlay's figures on a hand-made map and log; the right answers are worked out below. */

const HOUR = 3_600_000;

const card = (
  id: string,
  stageId: string,
  laneId: string,
  title: string,
  activities: string[] = [],
): CardData => ({
  id,
  stageId,
  laneId,
  order: 'a0',
  kind: 'action',
  title,
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
  activities,
});

// Order | Pay | Ship; customer actions and a backstage lane. Designed: Order → Pay → Ship → Survey.
const map: MapState = {
  meta: {
    title: 'Shop',
    purpose: '',
    schemaVersion: 2,
    observedSet: null,
    ignoredActivities: ['Noise'],
  },
  stages: [
    { id: 's1', name: 'Order', order: 'a0', goal: '', ownerId: null },
    { id: 's2', name: 'Pay', order: 'a1', goal: '', ownerId: null },
    { id: 's3', name: 'Ship', order: 'a2', goal: '', ownerId: null },
  ],
  lanes: [
    { id: 'l1', name: 'Actions', kind: 'actions', order: 'a0' },
    { id: 'l2', name: 'Backstage', kind: 'backstage', order: 'a1' },
  ],
  cards: [
    card('a', 's1', 'l1', ' order '),
    card('b', 's2', 'l1', 'Pay'),
    card('d', 's2', 'l2', 'Fraud check', ['Check fraud']),
    card('c', 's3', 'l1', 'Ship'),
    card('e', 's3', 'l1', 'Survey'),
  ],
  personas: [],
  people: [],
  kpis: [],
  actions: [],
  connections: [],
  systems: [],
};

const variant = (activities: string[], cases: number, gaps: number[]): Variant => ({
  activities,
  cases,
  gaps: gaps.map((h) => h * HOUR),
});

const data: ObservationData = {
  activityStats: [
    { name: 'Order', events: 12, cases: 11 },
    { name: 'Pay', events: 11, cases: 8 },
    { name: 'Ship', events: 6, cases: 6 },
    { name: 'Browse', events: 2, cases: 2 },
    { name: 'Check fraud', events: 1, cases: 1 },
    { name: 'Noise', events: 1, cases: 1 },
  ],
  transitions: [],
  variants: [
    variant(['Order', 'Pay', 'Ship'], 5, [1, 2]),
    variant(['Order', 'Pay', 'Order', 'Pay'], 2, [1, 1, 1]), // goes back to Order
    variant(['Order', 'Browse'], 2, [1]), // Browse is on no card: the case ends at Order
    variant(['Order', 'Check fraud', 'Ship'], 1, [1, 4]), // through a backstage card
    variant(['Order', 'Pay', 'Pay'], 1, [1, 1]), // pays twice in a row
  ],
  casesInOtherVariants: 0,
  skipped: { events: 0, examples: [] },
  hasChannels: false,
};

describe('activity mapping', () => {
  it('takes the card chosen, else a card titled alike; ignored and unknown stay off the map', () => {
    const m = resolveMapping(map, ['Order', 'Check fraud', 'Noise', 'Browse']);
    expect(Object.fromEntries(m)).toEqual({
      Order: { cardId: 'a', kind: 'title' },
      'Check fraud': { cardId: 'd', kind: 'chosen' },
      Noise: { cardId: null, kind: 'ignored' },
      Browse: { cardId: null, kind: 'unmapped' },
    });
  });

  it('suggests a card whose title is close, and none when nothing is', () => {
    expect(suggestCard(map, 'Fraud check done')?.id).toBe('d');
    expect(suggestCard(map, 'Check fraud')?.id).toBe('d');
    expect(suggestCard(map, 'Browse')).toBeNull();
  });
});

describe('observed figures', () => {
  const f = observedFigures(map, data, 11);

  it('follow the customer lanes in stage order when the map has no flow connections', () => {
    expect(designedFlow(map).steps).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'e' },
    ]);
  });

  it('count the cases reaching each card, repeats, and mark cards nobody reaches', () => {
    expect(Object.fromEntries(f.cards)).toEqual({
      a: { cases: 11, repeats: 0 },
      b: { cases: 8, repeats: 1 },
      c: { cases: 6, repeats: 0 },
      d: { cases: 1, repeats: 0 },
    });
    expect([...f.neverObserved]).toEqual(['e']);
  });

  it('count transitions between cards, backward and unplanned ones marked', () => {
    expect(f.edges).toEqual([
      { from: 'a', to: 'b', cases: 8, count: 10, backward: false, unplanned: false },
      { from: 'b', to: 'c', cases: 5, count: 5, backward: false, unplanned: false },
      { from: 'b', to: 'a', cases: 2, count: 2, backward: true, unplanned: true },
      { from: 'a', to: 'd', cases: 1, count: 1, backward: false, unplanned: true },
      { from: 'd', to: 'c', cases: 1, count: 1, backward: false, unplanned: true },
    ]);
  });

  it('give per stage the cases entering, dropping off there, and the median time in it', () => {
    // Time in a stage: each visit lasts until the next mapped one. Order: 1 h (×5, ×1, ×1),
    // 2 h (×2), 0 (the two that browse away) → median 1 h. Pay: 2 h (×5), 1 h (×3), 4 h (×1)
    // → median 2 h. Ship: every case ends there → 0.
    expect(Object.fromEntries(f.stages)).toEqual({
      s1: { entering: 11, dropOff: 2, medianMs: HOUR, channelSwitch: null },
      s2: { entering: 9, dropOff: 3, medianMs: 2 * HOUR, channelSwitch: null },
      s3: { entering: 6, dropOff: 6, medianMs: 0, channelSwitch: null },
    });
  });

  it('list what the map does not cover', () => {
    expect(f.unmapped).toEqual([{ name: 'Browse', events: 2 }]);
    expect(f.mappedEventShare).toBeCloseTo(30 / 33);
  });

  it('use the flow connections as the designed path when the map has them', () => {
    const connected: MapState = {
      ...map,
      connections: [{ id: 'x', from: 'a', to: 'd', kind: 'flow', label: '', status: null }],
    };
    const g = observedFigures(connected, data, 11);
    expect(g.edges.find((e) => e.to === 'd')?.unplanned).toBe(false);
    expect(g.edges.find((e) => e.from === 'a' && e.to === 'b')?.unplanned).toBe(true);
  });

  it('share of cases switching channel inside a stage', () => {
    const withChannels: ObservationData = {
      ...data,
      hasChannels: true,
      variants: [
        {
          ...variant(['Order', 'Pay', 'Check fraud'], 3, [1, 1]),
          channels: ['web', 'web', 'phone'],
        },
        { ...variant(['Order', 'Pay'], 1, [1]), channels: ['web', 'app'] },
      ],
    };
    const g = observedFigures(map, withChannels, 4);
    // Pay → Check fraud are both in stage Pay, web → phone: 3 of the 4 entering cases.
    expect(g.stages.get('s2')?.channelSwitch).toBe(0.75);
    expect(g.stages.get('s1')?.channelSwitch).toBe(0);
  });
});
