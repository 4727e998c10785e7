import type { MapRecord, MapStore } from '../store.ts';
import { bytes, num, type SqlClient } from './sql.ts';

/* The maps list of the PostgreSQL backend; deleting a map deletes everything that is its. */

interface MapRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: MapRow): MapRecord => ({
  id: row.id,
  title: row.title,
  createdAt: num(row.created_at),
  updatedAt: num(row.updated_at),
});

export function postgresMaps(db: SqlClient): MapStore {
  return {
    create: (record, content, vector) =>
      db.tx(async (q) => {
        await q('INSERT INTO maps (id, title, created_at, updated_at) VALUES ($1, $2, $3, $4)', [
          record.id,
          record.title,
          record.createdAt,
          record.updatedAt,
        ]);
        await q(
          'INSERT INTO snapshots (room, data, through_id, created_at, vector) VALUES ($1, $2, 0, $3, $4)',
          [record.id, bytes(content), record.createdAt, bytes(vector)],
        );
      }),
    get: async (id) => {
      const [row] = await db.query<MapRow>('SELECT * FROM maps WHERE id = $1', [id]);
      return row ? toRecord(row) : null;
    },
    list: async () =>
      (
        await db.query<MapRow>('SELECT * FROM maps ORDER BY updated_at DESC, created_at DESC, id')
      ).map(toRecord),
    // Links, versions, rounds, participants and audit go with the row (ON DELETE CASCADE).
    delete: (id, rooms) =>
      db.tx(async (q) => {
        await q('DELETE FROM updates WHERE room = ANY($1)', [rooms]);
        await q('DELETE FROM snapshots WHERE room = ANY($1)', [rooms]);
        return (await q('DELETE FROM maps WHERE id = $1 RETURNING id', [id])).length > 0;
      }),
  };
}
