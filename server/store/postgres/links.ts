import { isLinkRole } from '../../auth/roles.ts';
import type { LinkRecord, LinkStore } from '../store.ts';
import { num, type SqlClient } from './sql.ts';

/* Share links in the PostgreSQL backend. */

interface LinkRow {
  id: string;
  map_id: string;
  role: string;
  history: boolean;
  token_hash: string;
  created_at: string;
}

// A row with a role this version does not know grants nothing rather than something.
const toRecord = (row: LinkRow): LinkRecord | null =>
  isLinkRole(row.role)
    ? {
        id: row.id,
        mapId: row.map_id,
        role: row.role,
        history: row.history,
        tokenHash: row.token_hash,
        createdAt: num(row.created_at),
      }
    : null;

export function postgresLinks(db: SqlClient): LinkStore {
  return {
    create: async (link) => {
      await db.query(
        `INSERT INTO links (id, map_id, role, history, token_hash, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [link.id, link.mapId, link.role, link.history, link.tokenHash, link.createdAt],
      );
    },
    list: async (mapId) =>
      (
        await db.query<LinkRow>('SELECT * FROM links WHERE map_id = $1 ORDER BY created_at, id', [
          mapId,
        ])
      ).flatMap((row) => {
        const record = toRecord(row);
        return record ? [record] : [];
      }),
    find: async (tokenHash) => {
      const [row] = await db.query<LinkRow>('SELECT * FROM links WHERE token_hash = $1', [
        tokenHash,
      ]);
      return row ? toRecord(row) : null;
    },
    delete: async (mapId, linkId) =>
      (
        await db.query('DELETE FROM links WHERE map_id = $1 AND id = $2 RETURNING id', [
          mapId,
          linkId,
        ])
      ).length > 0,
  };
}
