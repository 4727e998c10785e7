import { nanoid } from 'nanoid';
import type { DeliveryRecord, WebhookEvent, WebhookRecord } from '../../store/store.ts';

/*
 * What a delivery says. The body is JSON with the event's data; its `text` field is a line a
 * person can read, which is all a chat tool's incoming webhook (Slack and those compatible
 * with it) needs, so such a URL works as it is.
 */

export interface EventNews {
  event: WebhookEvent;
  mapId: string;
  mapTitle: string;
  data: Record<string, unknown>;
  /** Sends it once per webhook (e.g. one action overdue on one date). */
  dedupeKey?: string;
}

const quote = (value: unknown) => `“${String(value ?? '')}”`;

/** The human line for an event. */
export function describeEvent(news: EventNews): string {
  const d = news.data;
  const where = `Trailmap · ${news.mapTitle}`;
  switch (news.event) {
    case 'action.created':
      return `${where}: new action ${quote(d.title)}`;
    case 'action.changed':
      return `${where}: action ${quote(d.title)} changed (${String(d.status)})`;
    case 'action.overdue':
      return `${where}: action ${quote(d.title)} is overdue (due ${String(d.due)})`;
    case 'comment.created':
      return `${where}: ${String((d.author as { name?: string })?.name ?? 'someone')} commented ${quote(d.text)}`;
    case 'mention.created':
      return `${where}: ${String((d.author as { name?: string })?.name ?? 'someone')} mentioned ${String(d.mentions && (d.mentions as unknown[]).length)} people: ${quote(d.text)}`;
    case 'kpi.off_target':
      return `${where}: KPI ${quote(d.name)} is off target (${String(d.current)}${String(d.unit ?? '')} against ${String(d.target)}${String(d.unit ?? '')})`;
    case 'version.saved':
      return `${where}: version ${quote(d.name)} saved`;
    case 'observations.imported':
      return `${where}: observations imported`;
  }
}

/** A pending delivery of `news` to `hook`, due now. */
export function deliveryFor(hook: WebhookRecord, news: EventNews, now: number): DeliveryRecord {
  const id = nanoid();
  const body = JSON.stringify({
    id,
    event: news.event,
    occurredAt: new Date(now).toISOString(),
    map: { id: news.mapId, title: news.mapTitle, url: `/maps/${news.mapId}` },
    data: news.data,
    text: describeEvent(news),
  });
  return {
    id,
    webhookId: hook.id,
    mapId: news.mapId,
    event: news.event,
    body,
    dedupeKey: news.dedupeKey ?? null,
    status: 'pending',
    attempts: 0,
    lastStatus: null,
    lastError: null,
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  };
}
