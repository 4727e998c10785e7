import type { AuditStore, ParticipantStore } from '../store.ts';
import { num, type SqlClient } from './sql.ts';

/* Participants and the audit trail in the PostgreSQL backend; both go with their map. */

interface ParticipantRow {
  id: string;
  map_id: string;
  link_id: string | null;
  name: string;
  color: string;
  created_at: string;
}

export function postgresParticipants(db: SqlClient): ParticipantStore {
  return {
    create: async (p) => {
      await db.query(
        `INSERT INTO participants (id, map_id, link_id, name, color, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [p.id, p.mapId, p.linkId, p.name, p.color, p.createdAt],
      );
    },
    get: async (mapId, id) => {
      const [row] = await db.query<ParticipantRow>(
        'SELECT * FROM participants WHERE map_id = $1 AND id = $2',
        [mapId, id],
      );
      return row
        ? {
            id: row.id,
            mapId: row.map_id,
            linkId: row.link_id,
            name: row.name,
            color: row.color,
            createdAt: num(row.created_at),
          }
        : null;
    },
    rename: async (mapId, id, name, color) =>
      (
        await db.query(
          'UPDATE participants SET name = $3, color = $4 WHERE map_id = $1 AND id = $2 RETURNING id',
          [mapId, id, name, color],
        )
      ).length > 0,
  };
}

interface AuditRow {
  map_id: string;
  participant_id: string;
  link_id: string | null;
  action: string;
  target: string;
  at: string;
}

export function postgresAudit(db: SqlClient): AuditStore {
  return {
    append: async (e) => {
      await db.query(
        `INSERT INTO audit (map_id, participant_id, link_id, action, target, at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [e.mapId, e.participantId, e.linkId, e.action, e.target, e.at],
      );
    },
    list: async (mapId) =>
      (await db.query<AuditRow>('SELECT * FROM audit WHERE map_id = $1 ORDER BY id', [mapId])).map(
        (row) => ({
          mapId: row.map_id,
          participantId: row.participant_id,
          linkId: row.link_id,
          action: row.action,
          target: row.target,
          at: num(row.at),
        }),
      ),
  };
}
