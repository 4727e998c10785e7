import type { CardData, LaneData, MapState, StageData } from '../../doc/schema.ts';

/* Small maps for the unit tests of this folder. */

export const stage = (id: string): StageData => ({
  id,
  name: id,
  order: id,
  goal: '',
  ownerId: null,
});
export const lane = (id: string): LaneData => ({ id, name: id, kind: 'touchpoints', order: id });
export const card = (id: string, stageId: string, laneId: string, title = id): CardData => ({
  id,
  stageId,
  laneId,
  order: id,
  kind: 'touchpoint',
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
  activities: [],
});

/** Stages s1…s3, lanes l1 and l2, and the cards given. */
export const smallMap = (cards: CardData[]): Pick<MapState, 'stages' | 'lanes' | 'cards'> => ({
  stages: [stage('s1'), stage('s2'), stage('s3')],
  lanes: [lane('l1'), lane('l2')],
  cards,
});
