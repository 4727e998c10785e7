import { describe, expect, it } from 'vitest';
import type { CardData, MapState } from '../doc/schema.ts';
import { neighbour } from './navigation.ts';

const card = (id: string, stageId: string, laneId: string): CardData => ({
  id,
  stageId,
  laneId,
  order: id,
  kind: 'note',
  title: id,
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
});

// s1: l1 [a, b], l2 [c]; s2: (empty l1), l2 [d]; s3: l1 [e]
const map: MapState = {
  meta: { title: 't', purpose: '', schemaVersion: 1, observedSet: null, ignoredActivities: [] },
  stages: ['s1', 's2', 's3'].map((id, i) => ({
    id,
    name: id,
    order: `a${i}`,
    goal: '',
    ownerId: null,
  })),
  lanes: ['l1', 'l2'].map((id, i) => ({ id, name: id, kind: 'custom', order: `a${i}` })),
  cards: [
    card('a', 's1', 'l1'),
    card('b', 's1', 'l1'),
    card('c', 's1', 'l2'),
    card('d', 's2', 'l2'),
    card('e', 's3', 'l1'),
  ],
  personas: [],
  people: [],
  kpis: [],
  actions: [],
  connections: [],
  systems: [],
};

describe('neighbour', () => {
  it('walks a stage column down through lanes and back up', () => {
    expect(neighbour(map, 'a', 'down')).toBe('b');
    expect(neighbour(map, 'b', 'down')).toBe('c');
    expect(neighbour(map, 'c', 'up')).toBe('b');
    expect(neighbour(map, 'c', 'down')).toBeNull();
  });

  it('skips stages with no card in the lane when going sideways, keeping the row', () => {
    expect(neighbour(map, 'b', 'right')).toBe('e');
    expect(neighbour(map, 'e', 'left')).toBe('a');
    expect(neighbour(map, 'c', 'right')).toBe('d');
    expect(neighbour(map, 'd', 'right')).toBeNull();
  });

  it('starts at the first card when nothing valid is selected', () => {
    expect(neighbour(map, 'ghost', 'down')).toBe('a');
  });
});
