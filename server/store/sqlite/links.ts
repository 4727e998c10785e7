import type Database from 'better-sqlite3';
import { isLinkRole } from '../../auth/roles.ts';
import type { LinkRecord, LinkStore } from '../store.ts';
import { settle } from './settle.ts';

/* The share links table of the SQLite backend. */

export const LINKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS links (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS links_by_map ON links (map_id, created_at);
`;

/** Links made before history access was a choice gain the column: no history, the default. */
export function migrateLinks(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(links)').all();
  if (!columns.some((c) => c.name === 'history'))
    db.exec('ALTER TABLE links ADD COLUMN history INTEGER NOT NULL DEFAULT 0');
}

interface LinkRow {
  id: string;
  map_id: string;
  role: string;
  history: number;
  token_hash: string;
  created_at: number;
}

// A row with a role this version does not know grants nothing rather than something.
const toRecord = (row: LinkRow): LinkRecord | null =>
  isLinkRole(row.role)
    ? {
        id: row.id,
        mapId: row.map_id,
        role: row.role,
        history: row.history === 1,
        tokenHash: row.token_hash,
        createdAt: row.created_at,
      }
    : null;

/** The links part of the store, over `db` (whose schema includes LINKS_SCHEMA). */
export function sqliteLinks(db: Database.Database): LinkStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO links (id, map_id, role, history, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], LinkRow>(
      'SELECT * FROM links WHERE map_id = ? ORDER BY created_at, rowid',
    ),
    find: db.prepare<[string], LinkRow>('SELECT * FROM links WHERE token_hash = ?'),
    remove: db.prepare('DELETE FROM links WHERE map_id = ? AND id = ?'),
  };
  return {
    create: (link) =>
      settle(() => {
        const history = link.history ? 1 : 0;
        q.insert.run(link.id, link.mapId, link.role, history, link.tokenHash, link.createdAt);
      }),
    list: (mapId) =>
      settle(() =>
        q.list.all(mapId).flatMap((row) => {
          const record = toRecord(row);
          return record ? [record] : [];
        }),
      ),
    find: (tokenHash) =>
      settle(() => {
        const row = q.find.get(tokenHash);
        return row ? toRecord(row) : null;
      }),
    delete: (mapId, linkId) => settle(() => q.remove.run(mapId, linkId).changes > 0),
  };
}
