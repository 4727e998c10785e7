import type Database from 'better-sqlite3';
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
import { settle } from './settle.ts';

/* Integration tokens, webhooks and their delivery queue in the SQLite backend. */

// Workspace tokens have no map (map_id NULL); a map's tokens and webhooks go with it.
export const INTEGRATIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  map_id TEXT REFERENCES maps (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER
);
CREATE INDEX IF NOT EXISTS api_tokens_by_map ON api_tokens (map_id, created_at);
CREATE TABLE IF NOT EXISTS webhooks (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS webhooks_by_map ON webhooks (map_id, created_at);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  body TEXT NOT NULL,
  dedupe_key TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_status INTEGER,
  last_error TEXT,
  next_attempt_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (webhook_id, dedupe_key)
);
CREATE INDEX IF NOT EXISTS deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS deliveries_by_map ON webhook_deliveries (map_id, created_at);
`;

export function sqliteTokens(db: Database.Database): TokenStore {
  const q = {
    insert: db.prepare(
      `INSERT INTO api_tokens (id, map_id, name, scope, token_hash, created_at, last_used_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    listMap: db.prepare<[string], TokenRow>(
      'SELECT * FROM api_tokens WHERE map_id = ? ORDER BY created_at, rowid',
    ),
    listWorkspace: db.prepare<[], TokenRow>(
      'SELECT * FROM api_tokens WHERE map_id IS NULL ORDER BY created_at, rowid',
    ),
    find: db.prepare<[string], TokenRow>('SELECT * FROM api_tokens WHERE token_hash = ?'),
    touch: db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?'),
    revokeMap: db.prepare('DELETE FROM api_tokens WHERE map_id = ? AND id = ?'),
    revokeWorkspace: db.prepare('DELETE FROM api_tokens WHERE map_id IS NULL AND id = ?'),
  };
  return {
    create: (t) =>
      settle(() => {
        q.insert.run(t.id, t.mapId, t.name, t.scope, t.tokenHash, t.createdAt, t.lastUsedAt);
      }),
    list: (mapId) =>
      settle(() => usableTokens(mapId === null ? q.listWorkspace.all() : q.listMap.all(mapId))),
    find: (hash) =>
      settle(() => {
        const row = q.find.get(hash);
        return row ? tokenRecord(row) : null;
      }),
    touch: (id, at) =>
      settle(() => {
        q.touch.run(at, id);
      }),
    revoke: (mapId, id) =>
      settle(
        () => (mapId === null ? q.revokeWorkspace.run(id) : q.revokeMap.run(mapId, id)).changes > 0,
      ),
  };
}

export function sqliteWebhooks(db: Database.Database): WebhookStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO webhooks (id, map_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    list: db.prepare<[string], WebhookRow>(
      'SELECT * FROM webhooks WHERE map_id = ? ORDER BY created_at, rowid',
    ),
    all: db.prepare<[], WebhookRow>('SELECT * FROM webhooks ORDER BY created_at, rowid'),
    remove: db.prepare('DELETE FROM webhooks WHERE map_id = ? AND id = ?'),
    enqueue: db.prepare(
      `INSERT OR IGNORE INTO webhook_deliveries (id, webhook_id, map_id, event, body, dedupe_key,
         status, attempts, last_status, last_error, next_attempt_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    due: db.prepare<[number, number], DeliveryRow>(
      `SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, rowid LIMIT ?`,
    ),
    lease: db.prepare('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?'),
    settle: db.prepare(
      `UPDATE webhook_deliveries SET status = ?, attempts = ?, last_status = ?, last_error = ?,
         next_attempt_at = ?, updated_at = ? WHERE id = ?`,
    ),
    deliveries: db.prepare<[string, number], DeliveryRow>(
      'SELECT * FROM webhook_deliveries WHERE map_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
    ),
  };
  const claim = db.transaction((now: number, leaseUntil: number, limit: number) => {
    const rows = q.due.all(now, limit);
    for (const row of rows) q.lease.run(leaseUntil, row.id);
    return rows.map((row) => deliveryRecord({ ...row, next_attempt_at: leaseUntil }));
  });
  return {
    create: (h) =>
      settle(() => {
        q.insert.run(h.id, h.mapId, h.url, JSON.stringify(h.events), h.secret, h.createdAt);
      }),
    list: (mapId) => settle(() => q.list.all(mapId).map(webhookRecord)),
    subscribed: (event) =>
      settle(() =>
        q.all
          .all()
          .map(webhookRecord)
          .filter((h) => h.events.includes(event)),
      ),
    delete: (mapId, id) => settle(() => q.remove.run(mapId, id).changes > 0),
    enqueue: (d) => settle(() => q.enqueue.run(...deliveryValues(d)).changes > 0),
    claimDue: (now, leaseUntil, limit) => settle(() => claim(now, leaseUntil, limit)),
    settle: (id, o) =>
      settle(() => {
        q.settle.run(o.status, o.attempts, o.lastStatus, o.lastError, o.nextAttemptAt, o.at, id);
      }),
    deliveries: (mapId, limit) => settle(() => q.deliveries.all(mapId, limit).map(deliveryRecord)),
  };
}
