import { mapCredential } from './credentials.ts';
import { request } from './client.ts';

/* The integration endpoints of a map: tokens, webhooks and their deliveries. */

export type TokenScope = 'read' | 'kpis' | 'content';

export interface IntegrationToken {
  id: string;
  name: string;
  scope: TokenScope;
  createdAt: string;
  lastUsedAt: string | null;
}

export const WEBHOOK_EVENTS = [
  'action.created',
  'action.changed',
  'action.overdue',
  'comment.created',
  'mention.created',
  'kpi.off_target',
  'version.saved',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  createdAt: string;
}

export interface Delivery {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
}

const base = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;
const send = <T>(mapId: string, path: string, init?: RequestInit) =>
  request<T>(`${base(mapId)}${path}`, init, mapCredential(mapId));

export const integrations = {
  tokens: (mapId: string) =>
    send<{ tokens: IntegrationToken[] }>(mapId, '/tokens').then((r) => r.tokens),
  createToken: (mapId: string, name: string, scope: TokenScope) =>
    send<IntegrationToken & { token: string }>(mapId, '/tokens', {
      method: 'POST',
      body: JSON.stringify({ name, scope }),
    }),
  revokeToken: (mapId: string, id: string) =>
    send<void>(mapId, `/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  webhooks: (mapId: string) =>
    send<{ webhooks: Webhook[] }>(mapId, '/webhooks').then((r) => r.webhooks),
  createWebhook: (mapId: string, url: string, events: WebhookEvent[]) =>
    send<Webhook & { secret: string }>(mapId, '/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url, events }),
    }),
  deleteWebhook: (mapId: string, id: string) =>
    send<void>(mapId, `/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  deliveries: (mapId: string) =>
    send<{ deliveries: Delivery[] }>(mapId, '/webhooks/deliveries').then((r) => r.deliveries),
};
