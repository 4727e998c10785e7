import { isRetryable } from '../api/client.ts';
import type { Author, ThreadData } from '../doc/index.ts';
import { settled, type Operation, type Pending } from './pending.ts';

/*
 * The comment operations of one map on their way to the server. Each is sent at once; when
 * the server cannot be reached it waits (kept in localStorage, so a reload keeps it) and is
 * sent again, in the order asked, on the browser's `online` event and every few seconds. A
 * refusal (4xx) is kept with the server's reason until discarded; an acceptance is shown from
 * here until the comments document, synced from the server, has it.
 */

export interface Outbox {
  /** The operations not yet in the document, in the order asked; the same array until one changes. */
  list(): readonly Pending[];
  subscribe(fn: () => void): () => void;
  /** Queues an operation and starts sending. */
  submit(op: Operation, author: Author): void;
  /** Forgets a refused (or waiting) operation. */
  discard(key: string): void;
  /** Sends what is waiting, in order; stops at the first one the server cannot be reached for. */
  flush(): Promise<void>;
  /** Drops what the document now shows. */
  reconcile(threads: readonly ThreadData[]): void;
  /** Retries on `online` and every `retryMs` while something waits; returns the stop. */
  start(): () => void;
}

export interface OutboxOptions {
  mapId: string;
  /** Sends one operation; rejects with an ApiError when refused, anything else when unreachable. */
  send(op: Operation): Promise<unknown>;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  retryMs?: number;
  now?: () => number;
  newKey?: () => string;
}

const storageKey = (mapId: string) => `trailmap:outbox:${mapId}`;

function load(options: OutboxOptions): Pending[] {
  try {
    const raw = options.storage?.getItem(storageKey(options.mapId));
    const saved = JSON.parse(raw ?? '[]') as Pending[];
    if (!Array.isArray(saved)) return [];
    // Whatever was on its way when the page went is sent again (creates carry their ids).
    return saved
      .filter((p) => p && typeof p.key === 'string' && p.op && typeof p.op.kind === 'string')
      .map((p) => (p.state === 'refused' ? p : { ...p, state: 'waiting', sentAt: null }));
  } catch {
    return [];
  }
}

/** The outbox of one map. */
export function createOutbox(options: OutboxOptions): Outbox {
  const { mapId, send, storage = null, retryMs = 5_000 } = options;
  const now = options.now ?? Date.now;
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  let items: readonly Pending[] = load(options);
  let threads: readonly ThreadData[] | null = null;
  let flushing: Promise<void> | null = null;
  let again = false;
  const listeners = new Set<() => void>();

  const save = () => {
    try {
      const kept = items.filter((p) => p.state !== 'sent');
      if (kept.length === 0) storage?.removeItem(storageKey(mapId));
      else storage?.setItem(storageKey(mapId), JSON.stringify(kept));
    } catch {
      // Storage full or blocked: the operations still wait in memory.
    }
  };
  const commit = (next: readonly Pending[]) => {
    items = next;
    save();
    listeners.forEach((fn) => fn());
  };
  const update = (key: string, patch: Partial<Pending>) =>
    commit(items.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  const reconcileNow = () => {
    if (!threads) return;
    const at = now();
    const kept = items.filter((p) => !settled(p, threads!, at));
    if (kept.length !== items.length) commit(kept);
  };

  const run = async () => {
    do {
      again = false;
      for (const { key } of items.filter((p) => p.state === 'waiting' || p.state === 'sending')) {
        const p = items.find((x) => x.key === key);
        // Discarded meanwhile, or sent by an earlier round.
        if (!p || p.state === 'sent' || p.state === 'refused') continue;
        update(key, { state: 'sending' });
        try {
          await send(p.op);
          update(key, { state: 'sent', sentAt: now(), error: null });
        } catch (e) {
          if (isRetryable(e)) {
            // Unreachable: this one and everything after it wait, still in order.
            commit(items.map((x) => (x.state === 'sending' ? { ...x, state: 'waiting' } : x)));
            return;
          }
          update(key, { state: 'refused', error: (e as Error).message });
        }
      }
      reconcileNow();
    } while (again);
  };

  const flush = () => {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = run().finally(() => {
      flushing = null;
    });
    return flushing;
  };

  return {
    list: () => items,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    submit(op, author) {
      const p: Pending = {
        key: newKey(),
        op,
        author: { ...author },
        at: new Date(now()).toISOString(),
        state: 'waiting',
        error: null,
        sentAt: null,
      };
      commit([...items, p]);
      void flush();
    },
    discard(key) {
      commit(items.filter((p) => p.key !== key));
    },
    flush,
    reconcile(next) {
      threads = next;
      reconcileNow();
    },
    start() {
      const retry = () => {
        reconcileNow();
        if (items.some((p) => p.state === 'waiting')) void flush();
      };
      window.addEventListener('online', retry);
      const timer = setInterval(retry, retryMs);
      retry();
      return () => {
        window.removeEventListener('online', retry);
        clearInterval(timer);
      };
    },
  };
}
