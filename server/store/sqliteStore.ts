import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LINKS_SCHEMA, sqliteLinks } from './sqliteLinks.ts';
import { VERSIONS_SCHEMA, sqliteVersions } from './sqliteVersions.ts';
import type { EditMark, MapRecord, RoomData, Store } from './store.ts';

/* The embedded default backend: one SQLite file in the data folder. */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS maps_by_updated ON maps (updated_at DESC);
CREATE TABLE IF NOT EXISTS updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_room ON updates (room, id);
CREATE TABLE IF NOT EXISTS snapshots (
  room TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  through_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  vector BLOB
);
`;

// Databases made before snapshots kept their state vector gain the column (empty until the
// next compaction, which is all a missing vector costs).
function migrate(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(snapshots)').all();
  if (!columns.some((c) => c.name === 'vector'))
    db.exec('ALTER TABLE snapshots ADD COLUMN vector BLOB');
}

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

/** Opens (creating if needed) `trailmap.db` in `dataDir`. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'trailmap.db'));
  // WAL + NORMAL: a committed transaction survives a process crash (kill -9), which is
  // the failure we guard against; only an OS crash could lose the last commits.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  migrate(db);
  db.exec(LINKS_SCHEMA);
  db.exec(VERSIONS_SCHEMA);

  const q = {
    insertMap: db.prepare(
      'INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)',
    ),
    getMap: db.prepare<[string], MapRow>('SELECT * FROM maps WHERE id = ?'),
    listMaps: db.prepare<[], MapRow>(
      'SELECT * FROM maps ORDER BY updated_at DESC, created_at DESC, rowid DESC',
    ),
    deleteMap: db.prepare('DELETE FROM maps WHERE id = ?'),
    deleteLinks: db.prepare('DELETE FROM links WHERE map_id = ?'),
    deleteVersions: db.prepare('DELETE FROM versions WHERE map_id = ?'),
    deleteUpdates: db.prepare('DELETE FROM updates WHERE room = ?'),
    deleteSnapshot: db.prepare('DELETE FROM snapshots WHERE room = ?'),
    snapshot: db.prepare<[string], { data: Buffer; vector: Buffer | null }>(
      'SELECT data, vector FROM snapshots WHERE room = ?',
    ),
    updates: db.prepare<[string], { id: number; data: Buffer }>(
      'SELECT id, data FROM updates WHERE room = ? ORDER BY id',
    ),
    append: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    touch: db.prepare('UPDATE maps SET updated_at = ? WHERE id = ?'),
    touchTitle: db.prepare('UPDATE maps SET updated_at = ?, title = ? WHERE id = ?'),
    putSnapshot: db.prepare(
      'INSERT OR REPLACE INTO snapshots (room, data, through_id, created_at, vector) VALUES (?, ?, ?, ?, ?)',
    ),
    trim: db.prepare('DELETE FROM updates WHERE room = ? AND id <= ?'),
  };

  const createMap = db.transaction((record: MapRecord, content: Uint8Array, vector: Uint8Array) => {
    q.insertMap.run(record.id, record.title, record.createdAt, record.updatedAt);
    q.putSnapshot.run(record.id, content, 0, record.createdAt, vector);
  });

  const deleteMap = db.transaction((id: string, rooms: string[]) => {
    for (const room of rooms) {
      q.deleteUpdates.run(room);
      q.deleteSnapshot.run(room);
    }
    q.deleteLinks.run(id);
    q.deleteVersions.run(id);
    return q.deleteMap.run(id).changes > 0;
  });

  const appendUpdate = db.transaction((room: string, update: Uint8Array, edit?: EditMark) => {
    const seq = Number(q.append.run(room, update).lastInsertRowid);
    if (edit?.title !== undefined) q.touchTitle.run(edit.at, edit.title, edit.mapId);
    else if (edit) q.touch.run(edit.at, edit.mapId);
    return seq;
  });

  // One transaction: a crash before COMMIT leaves the old snapshot and the full log.
  const compact = db.transaction(
    (room: string, state: Uint8Array, vector: Uint8Array, throughSeq: number) => {
      q.putSnapshot.run(room, state, throughSeq, Date.now(), vector);
      q.trim.run(room, throughSeq);
    },
  );

  const loadRoom = db.transaction((room: string): RoomData => {
    const rows = q.updates.all(room);
    const snapshot = q.snapshot.get(room);
    return {
      snapshot: snapshot?.data ?? null,
      snapshotVector: snapshot?.vector ?? null,
      updates: rows.map((row) => row.data),
      lastSeq: rows.at(-1)?.id ?? 0,
    };
  });

  return {
    createMap: (record, content, vector) => createMap(record, content, vector),
    getMap: (id) => {
      const row = q.getMap.get(id);
      return row ? toRecord(row) : null;
    },
    listMaps: () => q.listMaps.all().map(toRecord),
    deleteMap: (id, rooms) => deleteMap(id, rooms),
    loadRoom: (room) => loadRoom(room),
    appendUpdate: (room, update, edit) => appendUpdate(room, update, edit),
    compact: (room, state, vector, throughSeq) => compact(room, state, vector, throughSeq),
    ...sqliteLinks(db),
    ...sqliteVersions(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}
