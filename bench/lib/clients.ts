import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createMapDoc } from '../../src/doc/index.ts';
import { providerParams, type Room } from './rooms.ts';

/* Stock y-websocket clients in Node, and waiting without sleeping blindly. */

export interface StockClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/**
 * A stock provider on `room`, connecting at once; `doc` defaults to a fresh map document.
 * For Hocuspocus, its own provider (its protocol names the document in every message).
 */
export function stockClient(room: Room, doc: Y.Doc = createMapDoc()): StockClient {
  if (room.server.kind === 'hocuspocus') {
    const socket = new HocuspocusProviderWebsocket({
      url: room.server.wsBase,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document: doc,
    });
    provider.attach();
    return {
      doc,
      // Only what the harness uses of a provider: the update origin and `synced`/`sync`.
      provider: provider as unknown as WebsocketProvider,
      destroy() {
        provider.destroy();
        socket.destroy();
        doc.destroy();
      },
    };
  }
  const provider = new WebsocketProvider(room.server.wsBase, room.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Node has BroadcastChannel: clients in one process would otherwise sync with each
    // other directly and bypass the server under test.
    disableBc: true,
    params: providerParams(room),
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once `provider` has synced with the server; rejects after `timeoutMs`. */
export function whenSynced(provider: WebsocketProvider, timeoutMs = 60_000): Promise<void> {
  if (provider instanceof HocuspocusProvider) return hocuspocusSynced(provider, timeoutMs);
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.off('sync', onSync);
      reject(new Error(`client on ${provider.roomname} not synced after ${timeoutMs} ms`));
    }, timeoutMs);
    const onSync = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

function hocuspocusSynced(provider: HocuspocusProvider, timeoutMs: number): Promise<void> {
  if (provider.isSynced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`client on ${provider.configuration.name} not synced`)),
      timeoutMs,
    );
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (!state) return;
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Polls `check` until it returns true; throws `what` after `timeoutMs`. */
export async function waitUntil(
  check: () => boolean,
  what: string,
  timeoutMs = 30_000,
  intervalMs = 20,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(intervalMs);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `make` for 0…count-1, at most `batch` at a time (a burst of 1,000 handshakes is its own test). */
export async function inBatches<T>(
  count: number,
  batch: number,
  make: (index: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += batch) {
    const size = Math.min(batch, count - i);
    out.push(...(await Promise.all(Array.from({ length: size }, (_, j) => make(i + j)))));
  }
  return out;
}
