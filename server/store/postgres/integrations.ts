import {
  deliveryRecord,
  tokenRecord,
  usableTokens,
  webhookRecord,
  type DeliveryRow,
  type TokenRow,
  type WebhookRow,
  deliveryValues,
} from '../integrationRows.ts';
import type { TokenStore, WebhookStore } from '../store.ts';
import type { SqlClient } from './sql.ts';

/* Integration tokens, webhooks and their delivery queue in the PostgreSQL backend. */

export function postgresTokens(db: SqlClient): TokenStore {
  return {
    create: async (t) => {
      await db.query(
        `INSERT INTO api_tokens (id, map_id, name, scope, token_hash, created_at, last_used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [t.id, t.mapId, t.name, t.scope, t.tokenHash, t.createdAt, t.lastUsedAt],
      );
    },
    list: async (mapId) =>
      usableTokens(
        mapId === null
          ? await db.query<TokenRow>(
              'SELECT * FROM api_tokens WHERE map_id IS NULL ORDER BY created_at, id',
            )
          : await db.query<TokenRow>(
              'SELECT * FROM api_tokens WHERE map_id = $1 ORDER BY created_at, id',
              [mapId],
            ),
      ),
    find: async (hash) => {
      const [row] = await db.query<TokenRow>('SELECT * FROM api_tokens WHERE token_hash = $1', [
        hash,
      ]);
      return row ? tokenRecord(row) : null;
    },
    touch: async (id, at) => {
      await db.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [at, id]);
    },
    revoke: async (mapId, id) =>
      (mapId === null
        ? await db.query('DELETE FROM api_tokens WHERE map_id IS NULL AND id = $1 RETURNING id', [
            id,
          ])
        : await db.query('DELETE FROM api_tokens WHERE map_id = $1 AND id = $2 RETURNING id', [
            mapId,
            id,
          ])
      ).length > 0,
  };
}

export function postgresWebhooks(db: SqlClient): WebhookStore {
  return {
    create: async (h) => {
      await db.query(
        `INSERT INTO webhooks (id, map_id, url, events, secret, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [h.id, h.mapId, h.url, JSON.stringify(h.events), h.secret, h.createdAt],
      );
    },
    list: async (mapId) =>
      (
        await db.query<WebhookRow>(
          'SELECT * FROM webhooks WHERE map_id = $1 ORDER BY created_at, id',
          [mapId],
        )
      ).map(webhookRecord),
    subscribed: async (event) =>
      (await db.query<WebhookRow>('SELECT * FROM webhooks ORDER BY created_at, id'))
        .map(webhookRecord)
        .filter((h) => h.events.includes(event)),
    delete: async (mapId, id) =>
      (
        await db.query('DELETE FROM webhooks WHERE map_id = $1 AND id = $2 RETURNING id', [
          mapId,
          id,
        ])
      ).length > 0,
    enqueue: async (d) =>
      (
        await db.query(
          `INSERT INTO webhook_deliveries (id, webhook_id, map_id, event, body, dedupe_key,
             status, attempts, last_status, last_error, next_attempt_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
           ON CONFLICT DO NOTHING RETURNING id`,
          deliveryValues(d),
        )
      ).length > 0,
    // SKIP LOCKED: processes claiming at once each take different deliveries.
    claimDue: async (now, leaseUntil, limit) =>
      (
        await db.query<DeliveryRow>(
          `UPDATE webhook_deliveries SET next_attempt_at = $2
           WHERE id IN (SELECT id FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [now, leaseUntil, limit],
        )
      )
        .map(deliveryRecord)
        .sort((a, b) => a.createdAt - b.createdAt),
    settle: async (id, o) => {
      await db.query(
        `UPDATE webhook_deliveries SET status = $1, attempts = $2, last_status = $3,
           last_error = $4, next_attempt_at = $5, updated_at = $6 WHERE id = $7`,
        [o.status, o.attempts, o.lastStatus, o.lastError, o.nextAttemptAt, o.at, id],
      );
    },
    deliveries: async (mapId, limit) =>
      (
        await db.query<DeliveryRow>(
          `SELECT * FROM webhook_deliveries WHERE map_id = $1
           ORDER BY created_at DESC, id DESC LIMIT $2`,
          [mapId, limit],
        )
      ).map(deliveryRecord),
  };
}
