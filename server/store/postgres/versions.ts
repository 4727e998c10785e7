import { promisify } from 'node:util';
import { deflate, inflate } from 'node:zlib';
import type { VersionRecord, VersionStore } from '../store.ts';
import { bytes, num, type SqlClient } from './sql.ts';

/*
 * Versions in the PostgreSQL backend: one full document state per row, deflated (encoded
 * states repeat every field name, so they shrink four to six times) off the main thread.
 */

const deflateAsync = promisify(deflate);
const inflateAsync = promisify(inflate);

interface VersionRow {
  id: string;
  map_id: string;
  name: string | null;
  note: string;
  auto: boolean;
  created_at: string;
  authors: string;
  summary: string;
}

const COLUMNS = 'id, map_id, name, note, auto, created_at, authors, summary';
// Same millisecond: the later insert is the newer version.
const NEWEST_FIRST = 'ORDER BY created_at DESC, seq DESC';

function parseAuthors(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

const toRecord = (row: VersionRow): VersionRecord => ({
  id: row.id,
  mapId: row.map_id,
  name: row.name,
  note: row.note,
  auto: row.auto,
  createdAt: num(row.created_at),
  authors: parseAuthors(row.authors),
  summary: row.summary,
});

export function postgresVersions(db: SqlClient): VersionStore {
  return {
    create: async (v, state) => {
      const packed = await deflateAsync(state);
      await db.query(
        `INSERT INTO versions (${COLUMNS}, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          v.id,
          v.mapId,
          v.name,
          v.note,
          v.auto,
          v.createdAt,
          JSON.stringify(v.authors),
          v.summary,
          bytes(packed),
        ],
      );
    },
    list: async (mapId) =>
      (
        await db.query<VersionRow>(
          `SELECT ${COLUMNS} FROM versions WHERE map_id = $1 ${NEWEST_FIRST}`,
          [mapId],
        )
      ).map(toRecord),
    get: async (mapId, id) => {
      const [row] = await db.query<VersionRow>(
        `SELECT ${COLUMNS} FROM versions WHERE map_id = $1 AND id = $2`,
        [mapId, id],
      );
      return row ? toRecord(row) : null;
    },
    state: async (mapId, id) => {
      const [row] = await db.query<{ state: Uint8Array }>(
        'SELECT state FROM versions WHERE map_id = $1 AND id = $2',
        [mapId, id],
      );
      return row ? inflateAsync(row.state) : null;
    },
    latest: async (mapId) => {
      const [row] = await db.query<VersionRow & { state: Uint8Array }>(
        `SELECT ${COLUMNS}, state FROM versions WHERE map_id = $1 ${NEWEST_FIRST} LIMIT 1`,
        [mapId],
      );
      return row ? { version: toRecord(row), state: await inflateAsync(row.state) } : null;
    },
    delete: async (mapId, ids) =>
      (
        await db.query('DELETE FROM versions WHERE map_id = $1 AND id = ANY($2) RETURNING id', [
          mapId,
          ids,
        ])
      ).length,
  };
}
