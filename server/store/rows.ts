import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import type { ObservationRecord, RoundRecord, VersionRecord } from './store.ts';

/*
 * What the engines' rows mean, shared by every backend: their columns are named alike;
 * SQLite gives booleans as 0/1 and PostgreSQL BIGINTs as strings, so both are read here.
 */

/** A version's state as stored: zlib-deflated (encoded states shrink four to six times). */
export const packState = promisify(deflate);
export const unpackState = promisify(inflate);

const flag = (value: number | boolean) => value === true || value === 1;

/** A JSON array of strings (anything else reads as empty). */
export function stringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export interface VersionRow {
  id: string;
  map_id: string;
  name: string | null;
  note: string;
  auto: number | boolean;
  created_at: number | string;
  authors: string;
  summary: string;
}

export const toVersionRecord = (row: VersionRow): VersionRecord => ({
  id: row.id,
  mapId: row.map_id,
  name: row.name,
  note: row.note,
  auto: flag(row.auto),
  createdAt: Number(row.created_at),
  authors: stringList(row.authors),
  summary: row.summary,
});

export interface RoundRow {
  id: string;
  map_id: string;
  title: string;
  card_ids: string;
  per_person: number;
  revealed: number | boolean;
  closed: number | boolean;
  created_at: number | string;
}

export const toRoundRecord = (row: RoundRow): RoundRecord => ({
  id: row.id,
  mapId: row.map_id,
  title: row.title,
  cardIds: stringList(row.card_ids),
  perPerson: Number(row.per_person),
  revealed: flag(row.revealed),
  closed: flag(row.closed),
  createdAt: Number(row.created_at),
});

export interface ObservationRow {
  id: string;
  map_id: string;
  name: string;
  source: string;
  cases: number | string;
  events: number | string;
  activities: number | string;
  from_at: string | null;
  to_at: string | null;
  created_at: number | string;
  created_by: string;
  import_ms: number | string;
}

/** Every column of an observation set but its aggregates (lists never need them). */
export const OBSERVATION_COLUMNS =
  'id, map_id, name, source, cases, events, activities, from_at, to_at, created_at, created_by, import_ms';

/** The row's values in OBSERVATION_COLUMNS order. */
export const observationValues = (r: ObservationRecord): unknown[] => [
  r.id,
  r.mapId,
  r.name,
  r.source,
  r.cases,
  r.events,
  r.activities,
  r.from,
  r.to,
  r.createdAt,
  r.createdBy,
  r.importMs,
];

export const toObservationRecord = (row: ObservationRow): ObservationRecord => ({
  id: row.id,
  mapId: row.map_id,
  name: row.name,
  source: row.source,
  cases: Number(row.cases),
  events: Number(row.events),
  activities: Number(row.activities),
  from: row.from_at,
  to: row.to_at,
  createdAt: Number(row.created_at),
  createdBy: row.created_by,
  importMs: Number(row.import_ms),
});
