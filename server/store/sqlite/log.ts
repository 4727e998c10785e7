import type Database from 'better-sqlite3';
import type { Compaction, EditMark, LogStore, RoomData } from '../store.ts';
import { settle } from './settle.ts';

/* The rooms' update logs and snapshots in the SQLite backend. */

export const LOG_SCHEMA = `
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

/**
 * Databases made before snapshots kept their state vector gain the column (empty until the
 * next compaction, which is all a missing vector costs).
 */
export function migrateLog(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(snapshots)').all();
  if (!columns.some((c) => c.name === 'vector'))
    db.exec('ALTER TABLE snapshots ADD COLUMN vector BLOB');
}

/** The log part of the store, over `db` (whose schema includes LOG_SCHEMA and the maps). */
export function sqliteLog(db: Database.Database): LogStore {
  const q = {
    snapshot: db.prepare<[string], { data: Buffer; vector: Buffer | null; through_id: number }>(
      'SELECT data, vector, through_id FROM snapshots WHERE room = ?',
    ),
    snapshotSeq: db.prepare<[string], { through_id: number }>(
      'SELECT through_id FROM snapshots WHERE room = ?',
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
    trim: db.prepare(
      'DELETE FROM updates WHERE room = ? AND id IN (SELECT value FROM json_each(?))',
    ),
  };

  const append = db.transaction((room: string, updates: readonly Uint8Array[], edit?: EditMark) => {
    let seq = 0;
    for (const update of updates) seq = Number(q.append.run(room, update).lastInsertRowid);
    if (edit?.title !== undefined) q.touchTitle.run(edit.at, edit.title, edit.mapId);
    else if (edit) q.touch.run(edit.at, edit.mapId);
    return seq;
  });

  // One transaction: a crash before COMMIT leaves the old snapshot and the full log.
  const compact = db.transaction((room: string, c: Compaction) => {
    if ((q.snapshotSeq.get(room)?.through_id ?? 0) !== c.after) return false;
    const seq = Math.max(c.after, ...c.covered);
    q.putSnapshot.run(room, c.state, seq, Date.now(), c.vector);
    q.trim.run(room, JSON.stringify(c.covered));
    return true;
  });

  const load = db.transaction((room: string): RoomData => {
    const rows = q.updates.all(room);
    const snapshot = q.snapshot.get(room);
    return {
      snapshot: snapshot?.data ?? null,
      snapshotVector: snapshot?.vector ?? null,
      updates: rows.map((row) => row.data),
      lastSeq: rows.at(-1)?.id ?? 0,
      snapshotSeq: snapshot?.through_id ?? 0,
    };
  });

  const tail = db.transaction((room: string) => ({
    snapshotSeq: q.snapshotSeq.get(room)?.through_id ?? 0,
    updates: q.updates.all(room).map((row) => ({ seq: row.id, update: row.data })),
  }));

  return {
    load: (room) => settle(() => load(room)),
    append: (room, updates, edit) => settle(() => append(room, updates, edit)),
    tail: (room) => settle(() => tail(room)),
    compact: (room, compaction) => settle(() => compact(room, compaction)),
  };
}
