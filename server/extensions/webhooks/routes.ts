import type { Hono } from 'hono';
import { nanoid } from 'nanoid';
import { z } from 'zod';
import { newSecret } from '../../auth/secrets.ts';
import type { ServerContext } from '../../context.ts';
import type { AuthEnv } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import { WEBHOOK_EVENTS, type DeliveryRecord, type WebhookRecord } from '../../store/store.ts';
import { urlProblem } from './addresses.ts';

/* /api/maps/:id/webhooks: editors register URLs for a map's events and see their deliveries. */

export const webhookBody = z.object({
  url: z.string().trim().min(1).max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
});

const EXPECTED = `Expected { "url": an http(s) URL, "events": one or more of ${WEBHOOK_EVENTS.join(', ')} }`;

// Never the secret: it was shown once, at creation.
const listedHook = (h: WebhookRecord) => ({
  id: h.id,
  url: h.url,
  events: h.events,
  createdAt: new Date(h.createdAt).toISOString(),
});

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

const listedDelivery = (d: DeliveryRecord) => ({
  id: d.id,
  webhookId: d.webhookId,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  lastStatus: d.lastStatus,
  lastError: d.lastError,
  nextAttemptAt: iso(d.nextAttemptAt),
  createdAt: iso(d.createdAt),
  updatedAt: iso(d.updatedAt),
});

/** What the routes tell the rest of the extension. */
export interface HookChanges {
  changed(mapId: string, hookId: string): void;
}

export function webhookRoutes(
  api: Hono<AuthEnv>,
  { store, guards, config }: ServerContext,
  changes: HookChanges,
): void {
  const editor = guards.onMap('editor');

  api.get('/maps/:id/webhooks', editor, async (c) => {
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    return c.json({ webhooks: (await store.webhooks.list(id)).map(listedHook) });
  });

  api.post('/maps/:id/webhooks', editor, async (c) => {
    const parsed = webhookBody.safeParse(await readJson(c));
    if (!parsed.success) return jsonError(c, 400, EXPECTED);
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    const { url, events } = parsed.data;
    const problem = await urlProblem(url, config.webhooks.allowPrivateAddresses);
    if (problem) return jsonError(c, 400, problem);
    const hook: WebhookRecord = {
      id: nanoid(12),
      mapId: id,
      url,
      events: [...new Set(events)],
      secret: `whsec_${newSecret()}`,
      createdAt: Date.now(),
    };
    await store.webhooks.create(hook);
    changes.changed(id, hook.id);
    return c.json({ ...listedHook(hook), secret: hook.secret }, 201);
  });

  api.delete('/maps/:id/webhooks/:hookId', editor, async (c) => {
    const id = c.req.param('id');
    const hookId = c.req.param('hookId');
    if (!(await store.webhooks.delete(id, hookId))) return jsonError(c, 404, 'No such webhook');
    changes.changed(id, hookId);
    return c.body(null, 204);
  });

  api.get('/maps/:id/webhooks/deliveries', editor, async (c) => {
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit')) || 50));
    return c.json({ deliveries: (await store.webhooks.deliveries(id, limit)).map(listedDelivery) });
  });
}
