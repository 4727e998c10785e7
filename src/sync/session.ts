import type { Doc } from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface Presence {
  name: string;
  color: string;
}

export interface SyncSession {
  readonly status: ConnectionStatus;
  readonly synced: boolean;
  readonly peerCount: number;
  /** The server said this connection may not write. */
  readonly readOnly: boolean;
  /** Calls `fn` when status, sync state or presence changes; returns the unsubscribe. */
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

/** The collab endpoint on the host that served the app (proxied by Vite in dev). */
export function collabUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

/**
 * Connects `doc` to its room on the server and tracks connection status and
 * presence. The caller owns `doc`; `destroy()` closes the connection only.
 */
export function createSyncSession(
  doc: Doc,
  room: string,
  presence: Presence | null,
  options: { url?: string; token?: string } = {},
): SyncSession {
  const provider = new WebsocketProvider(options.url ?? collabUrl(window.location), room, doc, {
    params: options.token ? { token: options.token } : {},
  });
  if (presence) provider.awareness.setLocalStateField('user', presence);
  else provider.awareness.setLocalState(null);
  // The server's read-only notice (y-protocols auth, permission denied): note it
  // quietly; the stock handler would log the provider URL, token included.
  provider.messageHandlers[2] = () => {
    readOnly = true;
    notify();
  };
  const listeners = new Set<() => void>();
  let status: ConnectionStatus = 'connecting';
  let everConnected = false;
  let synced = false;
  let peerCount = provider.awareness.getStates().size;
  let readOnly = false;

  const notify = () => listeners.forEach((fn) => fn());
  const computeStatus = (raw: 'connected' | 'disconnected' | 'connecting') => {
    if (!navigator.onLine) return 'offline';
    if (raw === 'connected') return 'connected';
    return everConnected ? 'reconnecting' : 'connecting';
  };
  const onStatus = ({ status: raw }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (raw === 'connected') everConnected = true;
    status = computeStatus(raw);
    notify();
  };
  const onSync = (isSynced: boolean) => {
    synced = synced || isSynced;
    notify();
  };
  const onAwareness = () => {
    peerCount = provider.awareness.getStates().size;
    notify();
  };
  const onNetwork = () => {
    status = computeStatus(provider.wsconnected ? 'connected' : 'connecting');
    notify();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.awareness.on('change', onAwareness);
  window.addEventListener('online', onNetwork);
  window.addEventListener('offline', onNetwork);

  return {
    get status() {
      return status;
    },
    get synced() {
      return synced;
    },
    get peerCount() {
      return peerCount;
    },
    get readOnly() {
      return readOnly;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      provider.awareness.off('change', onAwareness);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.destroy();
      listeners.clear();
    },
  };
}
