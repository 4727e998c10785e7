import { useCallback, useEffect, useState } from 'react';
import {
  WEBHOOK_EVENTS,
  integrations,
  type Delivery,
  type Webhook,
  type WebhookEvent,
} from '../api/integrations.ts';
import { relativeTime } from '../ui/relativeTime.ts';

const field =
  'rounded-md border border-slate-300 px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none';

const STATUS_LOOK: Record<Delivery['status'], string> = {
  delivered: 'bg-emerald-50 text-emerald-800',
  pending: 'bg-amber-50 text-amber-900',
  failed: 'bg-red-50 text-red-800',
};

/** Webhooks: URLs that hear the map's events, and the Deliveries list of what was sent. */
export function WebhooksSection({ mapId }: { mapId: string }) {
  const [hooks, setHooks] = useState<Webhook[]>([]);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['action.created', 'kpi.off_target']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setHooks(await integrations.webhooks(mapId));
      setDeliveries(await integrations.deliveries(mapId));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [mapId]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const create = async () => {
    setError(null);
    try {
      const made = await integrations.createWebhook(mapId, url.trim(), events);
      setSecret(made.secret);
      setUrl('');
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const toggle = (event: WebhookEvent, on: boolean) =>
    setEvents((list) => (on ? [...list, event] : list.filter((e) => e !== event)));

  return (
    <section aria-labelledby="webhooks-heading" className="flex flex-col gap-2">
      <h3
        id="webhooks-heading"
        className="text-sm font-semibold tracking-wide text-slate-500 uppercase"
      >
        Webhooks
      </h3>
      <input
        aria-label="Webhook URL"
        placeholder="https://hooks.slack.com/services/…"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        className={field}
      />
      <fieldset className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm text-slate-700">
        <legend className="sr-only">Events</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.target.checked)}
              className="size-4 accent-indigo-600"
            />
            {event}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={!url.trim() || events.length === 0}
        onClick={() => void create()}
        className="self-start rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
      >
        Add webhook
      </button>
      {secret && (
        <label className="flex flex-col gap-1 rounded-lg bg-indigo-50 p-3 text-sm font-medium text-indigo-900">
          Signing secret — deliveries carry X-Trailmap-Signature-256; copy it now, it is shown only
          once
          <input
            readOnly
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
            className={`${field} font-mono`}
          />
        </label>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <ul className="flex flex-col gap-1">
        {hooks.map((h) => (
          <li
            key={h.id}
            className="flex items-center gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50"
          >
            <span className="min-w-0 truncate font-mono text-slate-800">{h.url}</span>
            <span className="shrink-0 text-slate-500">{h.events.length} events</span>
            <button
              type="button"
              aria-label={`Delete webhook ${h.url}`}
              onClick={() => void integrations.deleteWebhook(mapId, h.id).then(reload)}
              className="ml-auto shrink-0 rounded-md px-2 py-1 font-medium text-red-700 hover:bg-red-50"
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between">
        <h4 className="text-sm font-semibold text-slate-700">Deliveries</h4>
        <button
          type="button"
          onClick={() => void reload()}
          className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
        >
          Refresh deliveries
        </button>
      </div>
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing sent yet.</p>
      ) : (
        <ul aria-label="Deliveries" className="flex max-h-40 flex-col gap-1 overflow-auto">
          {deliveries.map((d) => (
            <li key={d.id} className="flex items-center gap-2 text-sm">
              <span
                className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_LOOK[d.status]}`}
              >
                {d.status}
              </span>
              <span className="text-slate-800">{d.event}</span>
              <span className="truncate text-slate-500">
                {relativeTime(d.createdAt)} · {d.attempts}{' '}
                {d.attempts === 1 ? 'attempt' : 'attempts'}
                {d.lastError ? ` · ${d.lastError}` : d.lastStatus ? ` · HTTP ${d.lastStatus}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
