import type { VersionStore } from '../store.ts';
import { packState, toVersionRecord, unpackState, type VersionRow } from '../rows.ts';
import { bytes, type SqlClient } from './sql.ts';

/*
 * Versions in the PostgreSQL backend: one full document state per row, deflated (encoded
 * states repeat every field name, so they shrink four to six times) off the main thread.
 */

const COLUMNS = 'id, map_id, name, note, auto, created_at, authors, summary';
// Same millisecond: the later insert is the newer version.
const NEWEST_FIRST = 'ORDER BY created_at DESC, seq DESC';

export function postgresVersions(db: SqlClient): VersionStore {
  return {
    create: async (v, state) => {
      const packed = await packState(state);
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
      ).map(toVersionRecord),
    get: async (mapId, id) => {
      const [row] = await db.query<VersionRow>(
        `SELECT ${COLUMNS} FROM versions WHERE map_id = $1 AND id = $2`,
        [mapId, id],
      );
      return row ? toVersionRecord(row) : null;
    },
    state: async (mapId, id) => {
      const [row] = await db.query<{ state: Uint8Array }>(
        'SELECT state FROM versions WHERE map_id = $1 AND id = $2',
        [mapId, id],
      );
      return row ? unpackState(row.state) : null;
    },
    latest: async (mapId) => {
      const [row] = await db.query<VersionRow & { state: Uint8Array }>(
        `SELECT ${COLUMNS}, state FROM versions WHERE map_id = $1 ${NEWEST_FIRST} LIMIT 1`,
        [mapId],
      );
      return row ? { version: toVersionRecord(row), state: await unpackState(row.state) } : null;
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
