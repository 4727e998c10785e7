/*
 * Webhooks: a map's events (actions created, changed or overdue, comments and mentions, KPIs
 * off target, versions saved) are queued in the store as signed JSON deliveries and sent by a
 * worker with retries. Nothing on the edit path waits for any of it: updates are only
 * collected there.
 */
import { isOverdue } from '../../../src/doc/index.ts';
import { REMOTE } from '../../collab/peer.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { WEBHOOK_EVENTS, type WebhookEvent, type WebhookRecord } from '../../store/store.ts';
import { deliveryFor, type EventNews } from './payload.ts';
import { DeliveryQueue } from './queue.ts';
import { webhookRoutes } from './routes.ts';
import { ContentWatch } from './watch.ts';

// Another process may add a webhook: what this one knows of a map's is this fresh at most.
const HOOKS_FRESH_MS = 30_000;
const FROM_CONTENT: readonly WebhookEvent[] = [
  'action.created',
  'action.changed',
  'kpi.off_target',
];

const isEvent = (type: string): type is WebhookEvent =>
  WEBHOOK_EVENTS.includes(type as WebhookEvent);

export function webhooks(context: ServerContext): Extension {
  const { store, maps, events, config, log } = context;
  const settings = config.webhooks;
  const queue = new DeliveryQueue(store, settings, log);
  const known = new Map<string, { hooks: WebhookRecord[]; at: number }>();

  async function hooksOf(mapId: string): Promise<WebhookRecord[]> {
    const cached = known.get(mapId);
    if (cached && Date.now() - cached.at < HOOKS_FRESH_MS) return cached.hooks;
    const hooks = await store.webhooks.list(mapId);
    known.set(mapId, { hooks, at: Date.now() });
    return hooks;
  }

  const listensToContent = (hooks: WebhookRecord[]) =>
    hooks.some((h) => h.events.some((e) => FROM_CONTENT.includes(e)));

  async function queueNews(news: EventNews): Promise<void> {
    const now = Date.now();
    let queued = false;
    for (const hook of await hooksOf(news.mapId)) {
      if (!hook.events.includes(news.event)) continue;
      if (await store.webhooks.enqueue(deliveryFor(hook, news, now))) queued = true;
    }
    if (queued) queue.kick();
  }

  const tell = (news: EventNews) =>
    void queueNews(news).catch((error: Error) =>
      log(`webhooks: ${news.event} on ${news.mapId} not queued: ${error.message}`),
    );

  const watch = new ContentWatch(tell, settings.changeQuietMs);

  // Events other extensions tell (comments, versions): news with the map's title.
  const stopEvents = events.on((event) => {
    if (!isEvent(event.type)) return;
    const type = event.type;
    void store.maps.get(event.mapId).then((map) => {
      if (map) tell({ event: type, mapId: event.mapId, mapTitle: map.title, data: event.data });
    });
  });

  async function sweepOverdue(): Promise<void> {
    const today = new Date().toISOString().slice(0, 10);
    const mapIds = new Set((await store.webhooks.subscribed('action.overdue')).map((h) => h.mapId));
    for (const mapId of mapIds) {
      const map = await maps.exportMap(mapId);
      if (!map) continue;
      for (const action of map.actions.filter((a) => isOverdue(a, today)))
        tell({
          event: 'action.overdue',
          mapId,
          mapTitle: map.meta.title,
          data: { ...action },
          dedupeKey: `overdue:${action.id}:${action.due}`,
        });
    }
  }
  const sweeping = setInterval(
    () =>
      void sweepOverdue().catch((e: Error) => log(`webhooks: overdue sweep failed: ${e.message}`)),
    settings.overdueEveryMs,
  );
  sweeping.unref();
  queue.start();
  // Deliveries left from before a restart are due now.
  queue.kick();

  return {
    name: 'webhooks',

    onChange(room, update, origin) {
      // Another process stored (and watches) what it heard from its own clients.
      if (origin === REMOTE || room.name.kind !== 'content') return;
      const mapId = room.name.mapId;
      const cached = known.get(mapId);
      if (cached && Date.now() - cached.at < HOOKS_FRESH_MS && !listensToContent(cached.hooks))
        return;
      watch.collect(room, update);
      if (!cached || Date.now() - cached.at >= HOOKS_FRESH_MS)
        void hooksOf(mapId).then((hooks) => {
          if (!listensToContent(hooks)) watch.drop(mapId);
        });
    },

    afterUnload: (room) => {
      if (room.name.kind === 'content') watch.drop(room.name.mapId);
    },

    routes: (api) =>
      webhookRoutes(api, context, {
        changed(mapId, hookId) {
          known.delete(mapId);
          queue.forget(hookId);
        },
      }),

    async close() {
      clearInterval(sweeping);
      stopEvents();
      watch.close();
      await queue.stop();
    },
  };
}
