import * as Y from 'yjs';
import {
  CARD_KINDS,
  CHANNELS,
  CONNECTION_KINDS,
  EVIDENCE_LEVELS,
  FLOW_STATUSES,
  LANE_KINDS,
  SCHEMA_VERSION,
  SCORE_MAX,
  SCORE_MIN,
  type ActionData,
  type CardData,
  type ConnectionData,
  type KpiData,
  type KpiPoint,
  type LaneData,
  type MetaData,
  type PersonData,
  type PersonaData,
  type StageData,
  type SystemData,
} from './schema.ts';
import type { CollectionName, Entry } from './ydoc.ts';

/*
 * Entry → plain data. Every reader tolerates missing or mistyped fields (an older
 * client, a hand-written integration) and falls back to a sensible default.
 */

const str = (e: Entry, key: string, fallback = ''): string => {
  const v = e.get(key);
  if (typeof v === 'string') return v;
  if (v instanceof Y.Text) return v.toString();
  return fallback;
};
const strOrNull = (e: Entry, key: string): string | null => {
  const v = e.get(key);
  return typeof v === 'string' && v !== '' ? v : null;
};
const num = (e: Entry, key: string): number | null => {
  const v = e.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  values.includes(v as T) ? (v as T) : fallback;
const stringList = (e: Entry, key: string): string[] => {
  const v = e.get(key);
  const items = v instanceof Y.Array ? v.toArray() : Array.isArray(v) ? v : [];
  return items.filter((x): x is string => typeof x === 'string');
};

export function toMeta(meta: Y.Map<unknown>): MetaData {
  const title = meta.get('title');
  const purpose = meta.get('purpose');
  const version = meta.get('schemaVersion');
  return {
    title: typeof title === 'string' ? title : 'Untitled map',
    purpose: typeof purpose === 'string' ? purpose : '',
    schemaVersion: typeof version === 'number' ? version : SCHEMA_VERSION,
    observedSet: strOrNull(meta, 'observedSet'),
    ignoredActivities: stringList(meta, 'ignoredActivities'),
  };
}

export function toStage(e: Entry): StageData {
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    order: str(e, 'order'),
    goal: str(e, 'goal'),
    ownerId: strOrNull(e, 'ownerId'),
  };
}

export function toLane(e: Entry): LaneData {
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    kind: oneOf(LANE_KINDS, e.get('kind'), 'custom'),
    order: str(e, 'order'),
  };
}

function toEmotion(e: Entry): Record<string, number> {
  const v = e.get('emotion');
  const out: Record<string, number> = {};
  if (!(v instanceof Y.Map)) return out;
  for (const [persona, score] of v.entries()) {
    if (typeof score === 'number' && Number.isFinite(score)) out[persona] = score;
  }
  return out;
}

export function toCard(e: Entry): CardData {
  const channel = e.get('channel');
  return {
    id: str(e, 'id'),
    stageId: str(e, 'stageId'),
    laneId: str(e, 'laneId'),
    order: str(e, 'order'),
    kind: oneOf(CARD_KINDS, e.get('kind'), 'note'),
    title: str(e, 'title'),
    description: str(e, 'description'),
    channel: CHANNELS.includes(channel as never) ? (channel as CardData['channel']) : null,
    ownerId: strOrNull(e, 'ownerId'),
    emotion: toEmotion(e),
    momentOfTruth: e.get('momentOfTruth') === true,
    evidence: oneOf(EVIDENCE_LEVELS, e.get('evidence'), 'assumption'),
    reviewedAt: strOrNull(e, 'reviewedAt'),
    kpiIds: stringList(e, 'kpiIds'),
    systemId: strOrNull(e, 'systemId'),
    reliesOn: stringList(e, 'reliesOn'),
    activities: stringList(e, 'activities'),
  };
}

export function toPersona(e: Entry): PersonaData {
  const order = str(e, 'order');
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    description: str(e, 'description'),
    ...(order ? { order } : {}),
  };
}

export function toPerson(e: Entry): PersonData {
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    team: str(e, 'team'),
    color: str(e, 'color', '#64748b'),
  };
}

export function toKpi(e: Entry): KpiData {
  const rawHistory = e.get('history');
  const history = (rawHistory instanceof Y.Array ? rawHistory.toArray() : []).flatMap(
    (h): KpiPoint[] => {
      if (typeof h !== 'object' || h === null) return [];
      const { at, value, source } = h as Record<string, unknown>;
      if (typeof value !== 'number') return [];
      const point: KpiPoint = { at: typeof at === 'string' ? at : '', value };
      if (source === 'api' || source === 'manual') point.source = source;
      return [point];
    },
  );
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    unit: str(e, 'unit'),
    target: num(e, 'target'),
    current: num(e, 'current'),
    direction: e.get('direction') === 'lower' ? 'lower' : 'higher',
    ownerId: strOrNull(e, 'ownerId'),
    stageId: strOrNull(e, 'stageId'),
    cardId: strOrNull(e, 'cardId'),
    min: num(e, 'min'),
    max: num(e, 'max'),
    history,
  };
}

export function toAction(e: Entry): ActionData {
  return {
    id: str(e, 'id'),
    title: str(e, 'title'),
    ownerId: strOrNull(e, 'ownerId'),
    due: strOrNull(e, 'due'),
    status: oneOf(['todo', 'doing', 'done'] as const, e.get('status'), 'todo'),
    impact: num(e, 'impact') ?? 3,
    effort: num(e, 'effort') ?? 3,
    cardIds: stringList(e, 'cardIds'),
  };
}

/** A 1…5 score; anything else reads as the middle of the scale. */
const score = (e: Entry, key: string): number => {
  const v = num(e, key);
  return v === null ? 3 : Math.max(SCORE_MIN, Math.min(SCORE_MAX, Math.round(v)));
};

export function toConnection(e: Entry): ConnectionData {
  const kind = oneOf(CONNECTION_KINDS, e.get('kind'), 'flow');
  return {
    id: str(e, 'id'),
    from: str(e, 'from'),
    to: str(e, 'to'),
    kind,
    label: str(e, 'label'),
    // Only data flows have a status; one left from an earlier kind is not shown.
    status: kind === 'data' ? oneOf(FLOW_STATUSES, e.get('status'), 'automated') : null,
  };
}

export function toSystem(e: Entry): SystemData {
  return {
    id: str(e, 'id'),
    name: str(e, 'name'),
    ownerId: strOrNull(e, 'ownerId'),
    description: str(e, 'description'),
    maturity: score(e, 'maturity'),
    importance: score(e, 'importance'),
  };
}

export const converters = {
  stages: toStage,
  lanes: toLane,
  cards: toCard,
  personas: toPersona,
  people: toPerson,
  kpis: toKpi,
  actions: toAction,
  connections: toConnection,
  systems: toSystem,
} satisfies Record<CollectionName, (e: Entry) => unknown>;
