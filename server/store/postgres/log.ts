import type { LogStore, RoomData } from '../store.ts';
import { bytes, num, type SqlClient } from './sql.ts';

/*
 * The rooms' update logs and snapshots in the PostgreSQL backend. Sequence numbers come from
 * one sequence, so several processes appending to one room interleave without clashing; a
 * compaction deletes exactly the ids it covers, never a range another process may still be
 * committing into.
 */

interface SnapshotRow {
  data: Uint8Array;
  vector: Uint8Array | null;
  through_id: string;
}

export function postgresLog(db: SqlClient): LogStore {
  const snapshotSeq = async (q: typeof db.query, room: string) =>
    num(
      (
        await q<{ through_id: string }>('SELECT through_id FROM snapshots WHERE room = $1', [room])
      )[0]?.through_id ?? 0,
    );

  return {
    // One consistent view: the snapshot and exactly the log after it.
    load: (room) =>
      db.tx(async (q): Promise<RoomData> => {
        const [snapshot] = await q<SnapshotRow>(
          'SELECT data, vector, through_id FROM snapshots WHERE room = $1',
          [room],
        );
        const rows = await q<{ id: string; data: Uint8Array }>(
          'SELECT id, data FROM updates WHERE room = $1 ORDER BY id',
          [room],
        );
        return {
          snapshot: snapshot?.data ?? null,
          snapshotVector: snapshot?.vector ?? null,
          updates: rows.map((row) => row.data),
          lastSeq: num(rows.at(-1)?.id ?? 0),
          snapshotSeq: num(snapshot?.through_id ?? 0),
        };
      }, 'repeatable read'),

    // One statement, one round trip: the rows and the maps list's edit mark commit together.
    append: async (room, updates, edit) => {
      const [row] = await db.query<{ seq: string }>(
        `WITH added AS (
           INSERT INTO updates (room, data) SELECT $1, unnest($2::bytea[]) RETURNING id
         ), touched AS (
           UPDATE maps SET updated_at = $3, title = COALESCE($4, title)
           WHERE $5::text IS NOT NULL AND id = $5 RETURNING id
         )
         SELECT max(id) AS seq FROM added`,
        [room, updates.map(bytes), edit?.at ?? null, edit?.title ?? null, edit?.mapId ?? null],
      );
      return num(row?.seq ?? 0);
    },

    tail: (room) =>
      db.tx(
        async (q) => ({
          snapshotSeq: await snapshotSeq(q, room),
          updates: (
            await q<{ id: string; data: Uint8Array }>(
              'SELECT id, data FROM updates WHERE room = $1 ORDER BY id',
              [room],
            )
          ).map((row) => ({ seq: num(row.id), update: row.data })),
        }),
        'repeatable read',
      ),

    compact: (room, c) =>
      db.tx(async (q) => {
        const seq = Math.max(c.after, ...c.covered);
        const now = Date.now();
        // Compare and set: only over the snapshot this one was built on.
        const replaced = await q(
          `UPDATE snapshots SET data = $2, vector = $3, through_id = $4, created_at = $5
           WHERE room = $1 AND through_id = $6 RETURNING room`,
          [room, bytes(c.state), bytes(c.vector), seq, now, c.after],
        );
        if (replaced.length === 0) {
          if (c.after !== 0) return false;
          // A room that never had a snapshot (a comments room): the first one wins.
          const inserted = await q(
            `INSERT INTO snapshots (room, data, through_id, created_at, vector)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (room) DO NOTHING RETURNING room`,
            [room, bytes(c.state), seq, now, bytes(c.vector)],
          );
          if (inserted.length === 0) return false;
        }
        await q('DELETE FROM updates WHERE room = $1 AND id = ANY($2::bigint[])', [
          room,
          c.covered,
        ]);
        return true;
      }),
  };
}
