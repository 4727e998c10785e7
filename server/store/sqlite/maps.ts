import type Database from 'better-sqlite3';
import type { MapRecord, MapStore } from '../store.ts';
import { settle } from './settle.ts';

/* The maps list of the SQLite backend; deleting a map deletes everything that is its. */

export const MAPS_SCHEMA = `
CREATE TABLE IF NOT EXISTS maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS maps_by_updated ON maps (updated_at DESC);
`;

interface MapRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The maps part of the store, over `db` (whose schema includes the log's tables). */
export function sqliteMaps(db: Database.Database): MapStore {
  const q = {
    insert: db.prepare('INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    snapshot: db.prepare(
      'INSERT INTO snapshots (room, data, through_id, created_at, vector) VALUES (?, ?, 0, ?, ?)',
    ),
    get: db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?'),
    list: db.prepare<[], MapRow>(
      'SELECT * FROM maps ORDER BY updated_at DESC, created_at DESC, rowid DESC',
    ),
    remove: db.prepare('DELETE FROM maps WHERE id = ?'),
    removeUpdates: db.prepare('DELETE FROM updates WHERE room = ?'),
    removeSnapshot: db.prepare('DELETE FROM snapshots WHERE room = ?'),
  };

  const create = db.transaction((record: MapRecord, content: Uint8Array, vector: Uint8Array) => {
    q.insert.run(record.id, record.title, record.createdAt, record.updatedAt);
    q.snapshot.run(record.id, content, record.createdAt, vector);
  });

  // Links, versions and vote rounds go with the map row (ON DELETE CASCADE).
  const remove = db.transaction((id: string, rooms: string[]) => {
    for (const room of rooms) {
      q.removeUpdates.run(room);
      q.removeSnapshot.run(room);
    }
    return q.remove.run(id).changes > 0;
  });

  return {
    create: (record, content, vector) => settle(() => create(record, content, vector)),
    get: (id) =>
      settle(() => {
        const row = q.get.get(id);
        return row ? toRecord(row) : null;
      }),
    list: () => settle(() => q.list.all().map(toRecord)),
    delete: (id, rooms) => settle(() => remove(id, rooms)),
  };
}
