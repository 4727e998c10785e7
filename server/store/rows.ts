import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import type { RoundRecord, VersionRecord } from './store.ts';

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
