import type Database from 'better-sqlite3';
import type { AuditStore, ParticipantRecord, ParticipantStore } from '../store.ts';
import { settle } from './settle.ts';

/* Participants and the audit trail of the SQLite backend; both go with their map. */

export const PARTICIPANTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS participants (
  id TEXT NOT NULL,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  link_id TEXT,
  name TEXT NOT NULL,
  color TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (map_id, id)
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  link_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_map ON audit (map_id, id);
`;

interface ParticipantRow {
  id: string;
  map_id: string;
  link_id: string | null;
  name: string;
  color: string;
  created_at: number;
}

const toParticipant = (row: ParticipantRow): ParticipantRecord => ({
  id: row.id,
  mapId: row.map_id,
  linkId: row.link_id,
  name: row.name,
  color: row.color,
  createdAt: row.created_at,
});

/** The participants part of the store, over `db` (whose schema includes PARTICIPANTS_SCHEMA). */
export function sqliteParticipants(db: Database.Database): ParticipantStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO participants (id, map_id, link_id, name, color, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    get: db.prepare<[string, string], ParticipantRow>(
      'SELECT * FROM participants WHERE map_id = ? AND id = ?',
    ),
    rename: db.prepare('UPDATE participants SET name = ?, color = ? WHERE map_id = ? AND id = ?'),
  };
  return {
    create: (p) =>
      settle(() => {
        q.insert.run(p.id, p.mapId, p.linkId, p.name, p.color, p.createdAt);
      }),
    get: (mapId, id) =>
      settle(() => {
        const row = q.get.get(mapId, id);
        return row ? toParticipant(row) : null;
      }),
    rename: (mapId, id, name, color) =>
      settle(() => q.rename.run(name, color, mapId, id).changes > 0),
  };
}

interface AuditRow {
  map_id: string;
  participant_id: string;
  link_id: string | null;
  action: string;
  target: string;
  at: number;
}

/** The audit part of the store, over `db` (whose schema includes PARTICIPANTS_SCHEMA). */
export function sqliteAudit(db: Database.Database): AuditStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO audit (map_id, participant_id, link_id, action, target, at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], AuditRow>('SELECT * FROM audit WHERE map_id = ? ORDER BY id'),
  };
  return {
    append: (e) =>
      settle(() => {
        q.insert.run(e.mapId, e.participantId, e.linkId, e.action, e.target, e.at);
      }),
    list: (mapId) =>
      settle(() =>
        q.list.all(mapId).map((row) => ({
          mapId: row.map_id,
          participantId: row.participant_id,
          linkId: row.link_id,
          action: row.action,
          target: row.target,
          at: row.at,
        })),
      ),
  };
}
