import { generateNKeysBetween } from 'fractional-indexing';
import {
  CHANNELS,
  EVIDENCE_LEVELS,
  LANE_KINDS,
  SCHEMA_VERSION,
  defaultCardKind,
  type CardData,
  type MapState,
} from '../../src/doc/index.ts';
import { pick, seededRng } from './random.ts';

/*
 * Synthetic maps of a given size that look like real ones: every card has all its fields
 * filled (title, description, channel, owner, two emotion scores, moment of truth, evidence,
 * review date, linked KPIs, kind, cell and order), so sizes and load times are not flattered
 * by empty cards.
 */

const WORDS = (
  'checkout delivery tracking onboarding refund support search basket payment email ' +
  'reminder app review loyalty return voucher login account chat store advice price'
).split(' ');

export interface MapSize {
  cards: number;
  stages?: number;
  lanes?: number;
  seed?: number;
}

const id = (prefix: string, i: number) => `${prefix}${i.toString(36).padStart(6, '0')}`;

function sentence(rng: () => number, words: number): string {
  const out = Array.from({ length: words }, () => pick(rng, WORDS));
  return out.join(' ').replace(/^./, (c) => c.toUpperCase());
}

/** A map with `cards` cards spread evenly over `stages` × `lanes` cells. */
export function syntheticMap({ cards, stages = 10, lanes = 8, seed = 1 }: MapSize): MapState {
  const rng = seededRng(seed);
  const stageOrders = generateNKeysBetween(null, null, stages);
  const laneOrders = generateNKeysBetween(null, null, lanes);
  const personas = ['Busy parent', 'First-time buyer'].map((name, i) => ({
    id: id('pe', i),
    name,
    description: sentence(rng, 8),
  }));
  const people = Array.from({ length: 12 }, (_, i) => ({
    id: id('pp', i),
    name: `Person ${i + 1}`,
    team: pick(rng, ['CX', 'Support', 'Marketing', 'IT', 'Ops']),
    color: '#6366f1',
  }));
  const laneList = Array.from({ length: lanes }, (_, i) => ({
    id: id('ln', i),
    name: `Lane ${i + 1}`,
    kind: LANE_KINDS[i % LANE_KINDS.length]!,
    order: laneOrders[i]!,
  }));
  // The emotion lane draws the curve through other lanes' scores; it holds no cards.
  const cardLanes = laneList.filter((l) => l.kind !== 'emotion');
  const cells = stages * cardLanes.length;
  const perCell = Math.ceil(cards / cells);
  const cellOrders = generateNKeysBetween(null, null, perCell);
  const cardList: CardData[] = Array.from({ length: cards }, (_, i) => {
    const cell = i % cells;
    const lane = cardLanes[cell % cardLanes.length]!;
    return {
      id: id('cd', i),
      stageId: id('st', Math.floor(cell / cardLanes.length)),
      laneId: lane.id,
      order: cellOrders[Math.floor(i / cells)]!,
      kind: defaultCardKind(lane.kind),
      title: sentence(rng, 4),
      description: sentence(rng, 14),
      channel: pick(rng, CHANNELS),
      ownerId: pick(rng, people).id,
      emotion: { [personas[0]!.id]: Math.floor(rng() * 5) - 2, [personas[1]!.id]: 0 },
      momentOfTruth: rng() < 0.1,
      evidence: pick(rng, EVIDENCE_LEVELS),
      reviewedAt: '2025-05-01',
      kpiIds: [],
      systemId: null,
      reliesOn: [],
      activities: [],
    };
  });
  return {
    meta: {
      title: `Bench map, ${cards} cards`,
      purpose: sentence(rng, 10),
      schemaVersion: SCHEMA_VERSION,
      observedSet: null,
      ignoredActivities: [],
    },
    stages: Array.from({ length: stages }, (_, i) => ({
      id: id('st', i),
      name: `Stage ${i + 1}`,
      order: stageOrders[i]!,
      goal: sentence(rng, 6),
      ownerId: null,
    })),
    lanes: laneList,
    cards: cardList,
    personas,
    people,
    kpis: [],
    actions: [],
    connections: [],
    systems: [],
  };
}
