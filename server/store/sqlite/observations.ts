import type Database from 'better-sqlite3';
import type { ObservationStore } from '../store.ts';
import {
  OBSERVATION_COLUMNS,
  observationValues,
  packState,
  toObservationRecord,
  unpackState,
  type ObservationRow,
} from '../rows.ts';
import { settle } from './settle.ts';

/*
 * Observation sets in the SQLite backend: a summary row and the set's aggregates as deflated
 * JSON (a 4,000-variant log gives a few megabytes of JSON that shrink about tenfold).
 */

export const OBSERVATIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS observation_sets (
  id TEXT NOT NULL,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  cases INTEGER NOT NULL,
  events INTEGER NOT NULL,
  activities INTEGER NOT NULL,
  from_at TEXT,
  to_at TEXT,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  import_ms INTEGER NOT NULL,
  data BLOB NOT NULL, -- aggregates as UTF-8 JSON, zlib-deflated
  -- Ids are a map's own: a template's sample set has the same id in every map made from it.
  PRIMARY KEY (map_id, id)
);
CREATE INDEX IF NOT EXISTS observation_sets_by_map ON observation_sets (map_id, created_at);
`;

/** The observations part of the store, over `db` (whose schema includes OBSERVATIONS_SCHEMA). */
export function sqliteObservations(db: Database.Database): ObservationStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO observation_sets (${OBSERVATION_COLUMNS}, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observation_sets WHERE map_id = ?
       ORDER BY created_at DESC, rowid DESC`,
    ),
    get: db.prepare<[string, string], ObservationRow>(
      `SELECT ${OBSERVATION_COLUMNS} FROM observation_sets WHERE map_id = ? AND id = ?`,
    ),
    data: db.prepare<[string, string], { data: Buffer }>(
      'SELECT data FROM observation_sets WHERE map_id = ? AND id = ?',
    ),
    remove: db.prepare('DELETE FROM observation_sets WHERE map_id = ? AND id = ?'),
  };
  return {
    // Deflated on libuv's thread pool, then inserted at once.
    create: async (record, data) => {
      const packed = await packState(data);
      q.insert.run(...observationValues(record), packed);
    },
    list: (mapId) => settle(() => q.list.all(mapId).map(toObservationRecord)),
    get: (mapId, id) =>
      settle(() => {
        const row = q.get.get(mapId, id);
        return row ? toObservationRecord(row) : null;
      }),
    data: async (mapId, id) => {
      const row = q.data.get(mapId, id);
      return row ? new Uint8Array(await unpackState(row.data)) : null;
    },
    delete: (mapId, id) => settle(() => q.remove.run(mapId, id).changes > 0),
  };
}
