import {
  TOKEN_SCOPES,
  WEBHOOK_EVENTS,
  type DeliveryRecord,
  type DeliveryStatus,
  type TokenRecord,
  type TokenScope,
  type WebhookEvent,
  type WebhookRecord,
} from './store.ts';

/* Rows of the token and webhook tables as both backends read them, turned into records. */

export interface TokenRow {
  id: string;
  map_id: string | null;
  name: string;
  scope: string;
  token_hash: string;
  created_at: number | string;
  last_used_at: number | string | null;
}

export interface WebhookRow {
  id: string;
  map_id: string;
  url: string;
  events: string;
  secret: string;
  created_at: number | string;
}

export interface DeliveryRow {
  id: string;
  webhook_id: string;
  map_id: string;
  event: string;
  body: string;
  dedupe_key: string | null;
  status: string;
  attempts: number | string;
  last_status: number | string | null;
  last_error: string | null;
  next_attempt_at: number | string | null;
  created_at: number | string;
  updated_at: number | string;
}

const orNull = (value: number | string | null): number | null =>
  value === null ? null : Number(value);

// A row with a scope this version does not know grants nothing rather than something.
export function tokenRecord(row: TokenRow): TokenRecord | null {
  if (!TOKEN_SCOPES.includes(row.scope as TokenScope)) return null;
  return {
    id: row.id,
    mapId: row.map_id,
    name: row.name,
    scope: row.scope as TokenScope,
    tokenHash: row.token_hash,
    createdAt: Number(row.created_at),
    lastUsedAt: orNull(row.last_used_at),
  };
}

const isEvent = (value: unknown): value is WebhookEvent =>
  WEBHOOK_EVENTS.includes(value as WebhookEvent);

export function webhookRecord(row: WebhookRow): WebhookRecord {
  const events = (JSON.parse(row.events) as unknown[]).filter(isEvent);
  return {
    id: row.id,
    mapId: row.map_id,
    url: row.url,
    events,
    secret: row.secret,
    createdAt: Number(row.created_at),
  };
}

export function deliveryRecord(row: DeliveryRow): DeliveryRecord {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    mapId: row.map_id,
    event: row.event as WebhookEvent,
    body: row.body,
    dedupeKey: row.dedupe_key,
    status: row.status as DeliveryStatus,
    attempts: Number(row.attempts),
    lastStatus: orNull(row.last_status),
    lastError: row.last_error,
    nextAttemptAt: orNull(row.next_attempt_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** The list of a token-list query's usable records. */
export const usableTokens = (rows: TokenRow[]): TokenRecord[] =>
  rows.flatMap((row) => {
    const record = tokenRecord(row);
    return record ? [record] : [];
  });

/** A delivery's values in the column order both engines insert them in. */
export const deliveryValues = (d: DeliveryRecord) => [
  d.id,
  d.webhookId,
  d.mapId,
  d.event,
  d.body,
  d.dedupeKey,
  d.status,
  d.attempts,
  d.lastStatus,
  d.lastError,
  d.nextAttemptAt,
  d.createdAt,
  d.updatedAt,
];
