import type { ObservationStore } from '../store.ts';
import {
  OBSERVATION_COLUMNS,
  observationValues,
  packState,
  toObservationRecord,
  unpackState,
  type ObservationRow,
} from '../rows.ts';
import { bytes, type SqlClient } from './sql.ts';

/* Observation sets in the PostgreSQL backend: a summary row and deflated JSON aggregates. */

export function postgresObservations(db: SqlClient): ObservationStore {
  return {
    create: async (record, data) => {
      const packed = await packState(data);
      await db.query(
        `INSERT INTO observation_sets (${OBSERVATION_COLUMNS}, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [...observationValues(record), bytes(packed)],
      );
    },
    list: async (mapId) =>
      (
        await db.query<ObservationRow>(
          `SELECT ${OBSERVATION_COLUMNS} FROM observation_sets WHERE map_id = $1
           ORDER BY created_at DESC, seq DESC`,
          [mapId],
        )
      ).map(toObservationRecord),
    get: async (mapId, id) => {
      const [row] = await db.query<ObservationRow>(
        `SELECT ${OBSERVATION_COLUMNS} FROM observation_sets WHERE map_id = $1 AND id = $2`,
        [mapId, id],
      );
      return row ? toObservationRecord(row) : null;
    },
    data: async (mapId, id) => {
      const [row] = await db.query<{ data: Uint8Array }>(
        'SELECT data FROM observation_sets WHERE map_id = $1 AND id = $2',
        [mapId, id],
      );
      return row ? new Uint8Array(await unpackState(row.data)) : null;
    },
    delete: async (mapId, id) =>
      (
        await db.query<{ id: string }>(
          'DELETE FROM observation_sets WHERE map_id = $1 AND id = $2 RETURNING id',
          [mapId, id],
        )
      ).length > 0,
  };
}
