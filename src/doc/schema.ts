/**
 * The map document's vocabulary: plain types for what `readMap` returns and the
 * allowed values of enumerated fields. No Yjs here, so the UI can import it freely.
 */

/**
 * The version of the document layout. 2 added `connections`, `systems` and the cards'
 * `systemId` and `reliesOn` (migrate.ts brings a version 1 map forward).
 */
export const SCHEMA_VERSION = 2;

export const LANE_KINDS = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'painpoints',
  'opportunities',
  'backstage',
  'systems',
  'custom',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];

export const CARD_KINDS = [
  'touchpoint',
  'action',
  'painpoint',
  'opportunity',
  'note',
  'system',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const CHANNELS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'store',
  'social',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVIDENCE_LEVELS = ['assumption', 'anecdotal', 'data'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** What a connection between two cards says: the designed path, a reliance, or data passing. */
export const CONNECTION_KINDS = ['flow', 'depends', 'data'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

/** How well a data flow works today (data connections only). */
export const FLOW_STATUSES = ['automated', 'manual', 'missing', 'broken'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

/** Maturity and importance of a system are scored 1…5. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export interface MetaData {
  title: string;
  purpose: string;
  schemaVersion: number;
  /** The observation set the map's overlay shows (an id the server issued), or null. */
  observedSet: string | null;
  /** Activities of imported event logs the team chose to leave off the map. */
  ignoredActivities: string[];
}

export interface StageData {
  id: string;
  name: string;
  order: string;
  goal: string;
  ownerId: string | null;
}

export interface LaneData {
  id: string;
  name: string;
  kind: LaneKind;
  order: string;
}

export interface CardData {
  id: string;
  stageId: string;
  laneId: string;
  order: string;
  kind: CardKind;
  title: string;
  description: string;
  channel: Channel | null;
  ownerId: string | null;
  /** personaId → score in −2…+2 */
  emotion: Record<string, number>;
  momentOfTruth: boolean;
  evidence: Evidence;
  reviewedAt: string | null;
  kpiIds: string[];
  /** A system card: the catalogue entry (systems) it stands for. */
  systemId: string | null;
  /** The catalogue entries this card relies on. */
  reliesOn: string[];
  /** Activities of imported event logs that this card stands for (observed journeys). */
  activities: string[];
}

export interface PersonaData {
  id: string;
  name: string;
  description: string;
  /**
   * Position in the persona list (fractional index). Absent or '' in maps made before personas
   * had one: those come first, by name.
   */
  order?: string;
}

export interface PersonData {
  id: string;
  name: string;
  team: string;
  color: string;
}

/** Where a KPI value came from: pushed over the HTTP API, or recorded by hand in the app. */
export type KpiSource = 'api' | 'manual';

/** One value of a KPI's history; `source` is absent on values recorded before it existed. */
export interface KpiPoint {
  at: string;
  value: number;
  source?: KpiSource;
}

export interface KpiData {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  current: number | null;
  direction: 'higher' | 'lower';
  ownerId: string | null;
  stageId: string | null;
  cardId: string | null;
  /** The valid range of values; null is open, except 0…100 for a "%" KPI (see kpiRange). */
  min: number | null;
  max: number | null;
  history: KpiPoint[];
}

export interface ActionData {
  id: string;
  title: string;
  ownerId: string | null;
  due: string | null;
  status: 'todo' | 'doing' | 'done';
  impact: number;
  effort: number;
  cardIds: string[];
}

/** A line from one card to another; `status` is set for data flows only. */
export interface ConnectionData {
  id: string;
  from: string;
  to: string;
  kind: ConnectionKind;
  label: string;
  status: FlowStatus | null;
}

/** An entry of the map's systems catalogue. */
export interface SystemData {
  id: string;
  name: string;
  ownerId: string | null;
  description: string;
  /** How well it serves the journey today, 1…5. */
  maturity: number;
  /** How much the journey depends on it, 1…5. */
  importance: number;
}

/** A whole map as plain data, arrays sorted by `order` (then id) where there is one. */
export interface MapState {
  meta: MetaData;
  stages: StageData[];
  lanes: LaneData[];
  cards: CardData[];
  personas: PersonaData[];
  people: PersonData[];
  kpis: KpiData[];
  actions: ActionData[];
  /** Sorted by id; none whose cards are gone. */
  connections: ConnectionData[];
  systems: SystemData[];
}

/** Which card kind a new card in a lane of this kind gets. */
export function defaultCardKind(lane: LaneKind): CardKind {
  switch (lane) {
    case 'touchpoints':
      return 'touchpoint';
    case 'painpoints':
      return 'painpoint';
    case 'opportunities':
      return 'opportunity';
    case 'actions':
      return 'action';
    case 'backstage':
    case 'systems':
      return 'system';
    default:
      return 'note';
  }
}
