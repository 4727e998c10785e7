import type Database from 'better-sqlite3';
import type { VersionStore } from '../store.ts';
import { packState, toVersionRecord, unpackState, type VersionRow } from '../rows.ts';
import { settle } from './settle.ts';

/*
 * The versions table of the SQLite backend: one full document state per row, deflated.
 * Encoded states repeat every field name of every entry, so they shrink four to six times;
 * a version is written once and read rarely, which makes the CPU cost a good trade. It is
 * paid on libuv's thread pool: deflating a 20,000-card map takes 200 ms, too long to stall
 * the event loop for.
 */

export const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  name TEXT,
  note TEXT NOT NULL,
  auto INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  authors TEXT NOT NULL,
  summary TEXT NOT NULL,
  state BLOB NOT NULL -- Y.encodeStateAsUpdate, zlib-deflated
);
CREATE INDEX IF NOT EXISTS versions_by_map ON versions (map_id, created_at);
`;

// Every column but the state: lists never need it, and it is the big one.
const COLUMNS = 'id, map_id, name, note, auto, created_at, authors, summary';
// Same millisecond: the later insert is the newer version.
const NEWEST_FIRST = 'ORDER BY created_at DESC, rowid DESC';

/** The versions part of the store, over `db` (whose schema includes VERSIONS_SCHEMA). */
export function sqliteVersions(db: Database.Database): VersionStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO versions (${COLUMNS}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], VersionRow>(
      `SELECT ${COLUMNS} FROM versions WHERE map_id = ? ${NEWEST_FIRST}`,
    ),
    get: db.prepare<[string, string], VersionRow>(
      `SELECT ${COLUMNS} FROM versions WHERE map_id = ? AND id = ?`,
    ),
    state: db.prepare<[string, string], { state: Buffer }>(
      'SELECT state FROM versions WHERE map_id = ? AND id = ?',
    ),
    latest: db.prepare<[string], VersionRow & { state: Buffer }>(
      `SELECT ${COLUMNS}, state FROM versions WHERE map_id = ? ${NEWEST_FIRST} LIMIT 1`,
    ),
    remove: db.prepare('DELETE FROM versions WHERE map_id = ? AND id = ?'),
  };
  const deleteVersions = db.transaction((mapId: string, ids: string[]) =>
    ids.reduce((n, id) => n + q.remove.run(mapId, id).changes, 0),
  );
  // Rows go in in the order `create` was called (rowid orders versions of the same
  // millisecond), whichever deflates first.
  let inserted: Promise<unknown> = Promise.resolve();
  return {
    create(v, state) {
      const packed = packState(state);
      const insert = inserted.then(async () => {
        const blob = await packed;
        q.insert.run(
          v.id,
          v.mapId,
          v.name,
          v.note,
          v.auto ? 1 : 0,
          v.createdAt,
          JSON.stringify(v.authors),
          v.summary,
          blob,
        );
      });
      inserted = insert.catch(() => {});
      return insert;
    },
    list: (mapId) => settle(() => q.list.all(mapId).map(toVersionRecord)),
    get: (mapId, id) =>
      settle(() => {
        const row = q.get.get(mapId, id);
        return row ? toVersionRecord(row) : null;
      }),
    async state(mapId, id) {
      const row = await settle(() => q.state.get(mapId, id));
      return row ? unpackState(row.state) : null;
    },
    async latest(mapId) {
      const row = await settle(() => q.latest.get(mapId));
      return row ? { version: toVersionRecord(row), state: await unpackState(row.state) } : null;
    },
    delete: (mapId, ids) => settle(() => deleteVersions(mapId, ids)),
  };
}
