/* The store's parts for integrations: tokens, webhooks and their deliveries. */

/** What an integration token may do: read, push KPI values, or change the map's content. */
export const TOKEN_SCOPES = ['read', 'kpis', 'content'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** An integration token: like a share link, only its hash is kept. */
export interface TokenRecord {
  id: string;
  /** The map it works on; null for a workspace token (every map). */
  mapId: string | null;
  name: string;
  scope: TokenScope;
  tokenHash: string;
  createdAt: number;
  /** When it was last presented (null: never). */
  lastUsedAt: number | null;
}

/** Integration tokens; revoking deletes the row, so the next request with it gets 401. */
export interface TokenStore {
  create(token: TokenRecord): Promise<void>;
  /** A map's tokens (null: the workspace tokens), oldest first. */
  list(mapId: string | null): Promise<TokenRecord[]>;
  /** The token whose secret hashes to `tokenHash`, or null. */
  find(tokenHash: string): Promise<TokenRecord | null>;
  /** Records a use of the token. */
  touch(id: string, at: number): Promise<void>;
  /** Deletes one token of a map (null: of the workspace); false if there is no such token. */
  revoke(mapId: string | null, id: string): Promise<boolean>;
}

/** The events a webhook may subscribe to. */
export const WEBHOOK_EVENTS = [
  'action.created',
  'action.changed',
  'action.overdue',
  'comment.created',
  'mention.created',
  'kpi.off_target',
  'version.saved',
  'observations.imported',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A URL that hears a map's events. The secret signs deliveries, so it is kept as it is. */
export interface WebhookRecord {
  id: string;
  mapId: string;
  url: string;
  events: WebhookEvent[];
  secret: string;
  createdAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event on its way to one webhook, with what its attempts did. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  mapId: string;
  event: WebhookEvent;
  /** The JSON body, exactly as signed and sent. */
  body: string;
  /** Makes an event (e.g. one action overdue on one date) deliver once per webhook. */
  dedupeKey: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** The HTTP status of the last answer (null: none came). */
  lastStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due (pending ones only). */
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** What one attempt at a delivery did. */
export interface DeliveryOutcome {
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  at: number;
}

/** Webhooks and their deliveries: the queue is in the store, so retries survive a restart. */
export interface WebhookStore {
  create(hook: WebhookRecord): Promise<void>;
  /** A map's webhooks, oldest first. */
  list(mapId: string): Promise<WebhookRecord[]>;
  /** Every webhook subscribed to `event`, on any map. */
  subscribed(event: WebhookEvent): Promise<WebhookRecord[]>;
  /** Deletes a webhook of a map and its deliveries; false if there is no such webhook. */
  delete(mapId: string, id: string): Promise<boolean>;
  /** Queues a delivery; false (and nothing stored) if its webhook has one with its dedupe key. */
  enqueue(delivery: DeliveryRecord): Promise<boolean>;
  /**
   * Takes up to `limit` pending deliveries due at `now`, oldest due first, and moves their next
   * attempt to `leaseUntil`, in one transaction: two processes never take the same one.
   */
  claimDue(now: number, leaseUntil: number, limit: number): Promise<DeliveryRecord[]>;
  /** Records an attempt's outcome. */
  settle(id: string, outcome: DeliveryOutcome): Promise<void>;
  /** A map's deliveries, newest first, at most `limit`. */
  deliveries(mapId: string, limit: number): Promise<DeliveryRecord[]>;
}
