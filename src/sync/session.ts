import type { Doc } from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import { applyDocUpdate, createMapDoc, encodeDoc, onDocUpdate } from '../doc/index.ts';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface Presence {
  name: string;
  color: string;
}

/** What each person shares about themselves while on the map (Yjs awareness). */
export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** Pointer position in canvas coordinates, or null when off the canvas. */
  cursor: { x: number; y: number } | null;
  /** The id of the card, stage or lane they have selected. */
  selection: string | null;
  viewport: { x: number; y: number; zoom: number } | null;
  /** Set while this person presents: since when, the stage in focus, a running timer. */
  presenting: Presenting | null;
}

export interface Presenting {
  since: number;
  stage: number;
  timerEndsAt: number | null;
  timerMinutes: number | null;
}

export type LocalPresence = Pick<Peer, 'cursor' | 'selection' | 'viewport' | 'presenting'>;

export interface SyncSession {
  readonly status: ConnectionStatus;
  readonly synced: boolean;
  /** The document has content to show: from the server, or from this device when offline. */
  readonly loaded: boolean;
  readonly peerCount: number;
  /** This tab's awareness client id. */
  readonly clientId: number;
  /** The name and colour others see of us (null when this session shares no presence). */
  readonly presence: Presence | null;
  /** The server said this connection may not write. */
  readonly readOnly: boolean;
  /** Calls `fn` when status, sync state or presence changes; returns the unsubscribe. */
  subscribe(fn: () => void): () => void;
  /** Everyone else on the map, newest state; the same array until something changes. */
  peers(): readonly Peer[];
  /** Shares a piece of this user's presence (cursor, selection, viewport). */
  setLocal<K extends keyof LocalPresence>(field: K, value: LocalPresence[K]): void;
  /** Changes the name and colour others see, on the same connection. */
  setPresence(presence: Presence): void;
  /** Presents another participant token: the connection is made again with it. */
  setParticipant(token: string | null): void;
  destroy(): void;
}

const PRESENCE_FRAME_MS = 16;

/** The collab endpoint on the host that served the app (proxied by Vite in dev). */
export function collabUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/collab`;
}

/**
 * What this device keeps of a room, to open it offline: everything (a room this user edits,
 * whose offline edits must survive a reload), only what the server sent (a room the server
 * alone writes, or this user may not write: anything else in it was refused, and a reload
 * must not bring it back), or nothing.
 */
export type OfflineCopy = 'all' | 'from-server' | 'none';

export interface SessionOptions {
  url?: string;
  /** The workspace key or link token. */
  token?: string;
  /** The participant token the server issued us on this map. */
  participant?: string;
  offlineCopy?: OfflineCopy;
}

/** The sync params of a connection: the credential and the participant token. */
function connectionParams(options: SessionOptions): Record<string, string> {
  const params: Record<string, string> = {};
  if (options.token) params.token = options.token;
  if (options.participant) params.participant = options.participant;
  return params;
}

/**
 * Keeps on this device only the updates the provider received: they go through a shadow
 * document (which holds nothing else, so even y-indexeddb's compaction of it stays clean),
 * and what was stored is loaded back into `doc`.
 */
function serverOnlyCopy(name: string, doc: Doc, provider: WebsocketProvider) {
  const shadow = createMapDoc();
  const persistence = new IndexeddbPersistence(name, shadow);
  const fromDevice = Symbol('loaded from this device');
  const forward = onDocUpdate(doc, (update, origin) => {
    if (origin === provider) applyDocUpdate(shadow, update);
  });
  persistence.on('synced', () => applyDocUpdate(doc, encodeDoc(shadow), fromDevice));
  return {
    persistence,
    destroy() {
      forward();
      void persistence.destroy().then(() => shadow.destroy());
    },
  };
}

/**
 * Connects `doc` to its room on the server and tracks connection status and
 * presence. The caller owns `doc`; `destroy()` closes the connection only.
 */
export function createSyncSession(
  doc: Doc,
  room: string,
  presence: Presence | null,
  options: SessionOptions = {},
): SyncSession {
  const copy = options.offlineCopy ?? 'all';
  const provider = new WebsocketProvider(options.url ?? collabUrl(window.location), room, doc, {
    params: connectionParams(options),
    // Tabs of this browser share a room's updates directly, not through the server; a room
    // we may not write takes its updates from the server only.
    disableBc: copy === 'from-server',
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
  // A copy on this device, so the map opens (and takes edits) offline and merges later.
  const filtered =
    copy === 'from-server' ? serverOnlyCopy(`trailmap:${room}`, doc, provider) : null;
  const local =
    copy === 'all' ? new IndexeddbPersistence(`trailmap:${room}`, doc) : filtered?.persistence;
  let loaded = false;
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
    if (raw === 'connected') {
      everConnected = true;
      // Announce ourselves again with a newer clock: peers that saw this client id leave
      // (a reconnect) ignore a presence no newer than the removal they hold.
      const state = provider.awareness.getLocalState();
      if (state) provider.awareness.setLocalState({ ...state });
    }
    status = computeStatus(raw);
    notify();
  };
  const onSync = (isSynced: boolean) => {
    synced = synced || isSynced;
    loaded = loaded || synced;
    notify();
  };
  // A first visit has nothing on this device: wait for the server rather than
  // showing (and fitting the view to) an empty map.
  const onLocal = () => {
    if (doc.store.clients.size === 0) return;
    loaded = true;
    notify();
  };
  local?.on('synced', onLocal);
  let peers: readonly Peer[] = [];
  const onAwareness = (change: { added: number[]; updated: number[]; removed: number[] }) => {
    // This user's own pointer or view moved (every frame of a pan): nothing shown here changes.
    const self = provider.awareness.clientID;
    const ownOnly = change.updated.every((id) => id === self);
    if (change.added.length === 0 && change.removed.length === 0 && ownOnly) return;
    peerCount = provider.awareness.getStates().size;
    peers = readPeers(provider.awareness.getStates(), provider.awareness.clientID);
    notify();
  };
  const onNetwork = () => {
    // Stop retrying while the device is offline; reconnect (and merge) when it is back.
    if (navigator.onLine) provider.connect();
    else provider.disconnect();
    status = computeStatus(provider.wsconnected ? 'connected' : 'connecting');
    notify();
  };
  // Presence goes out at most once a frame, every field changed meanwhile in one message: the
  // pointer and the view often move together, and the server closes clients that flood it.
  let queued: Partial<LocalPresence> | null = null;
  let presenceTimer: ReturnType<typeof setTimeout> | null = null;
  const sendPresence = () => {
    presenceTimer = null;
    const state = provider.awareness.getLocalState();
    if (state && queued) provider.awareness.setLocalState({ ...state, ...queued });
    queued = null;
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
    get loaded() {
      return loaded;
    },
    get peerCount() {
      return peerCount;
    },
    get clientId() {
      return provider.awareness.clientID;
    },
    get presence() {
      return presence;
    },
    get readOnly() {
      return readOnly;
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    peers: () => peers,
    setLocal(field, value) {
      if (!presence) return;
      queued = { ...queued, [field]: value };
      presenceTimer ??= setTimeout(sendPresence, PRESENCE_FRAME_MS);
    },
    setPresence(next) {
      presence = next;
      provider.awareness.setLocalStateField('user', { name: next.name, color: next.color });
    },
    setParticipant(token) {
      if ((provider.params.participant ?? null) === token) return;
      if (token) provider.params.participant = token;
      else delete provider.params.participant;
      // While offline the provider stays disconnected; it connects with these params later.
      if (provider.shouldConnect) {
        provider.disconnect();
        provider.connect();
      }
    },
    destroy() {
      if (presenceTimer) clearTimeout(presenceTimer);
      window.removeEventListener('online', onNetwork);
      window.removeEventListener('offline', onNetwork);
      provider.awareness.off('change', onAwareness);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.destroy();
      local?.off('synced', onLocal);
      if (filtered) filtered.destroy();
      else void local?.destroy();
      listeners.clear();
    },
  };
}

const isPoint = (v: unknown): v is { x: number; y: number } =>
  typeof v === 'object' &&
  v !== null &&
  Number.isFinite((v as { x: unknown }).x) &&
  Number.isFinite((v as { y: unknown }).y);

/** Awareness states → peers, dropping malformed ones (any client can send anything). */
function readPeers(states: Map<number, Record<string, unknown>>, self: number): Peer[] {
  const out: Peer[] = [];
  for (const [clientId, state] of states) {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (clientId === self || typeof user?.name !== 'string') continue;
    const viewport = state.viewport as { zoom?: unknown } | undefined;
    out.push({
      clientId,
      name: user.name.slice(0, 60),
      color:
        typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color)
          ? user.color
          : '#64748b',
      cursor: isPoint(state.cursor) ? state.cursor : null,
      selection: typeof state.selection === 'string' ? state.selection : null,
      viewport:
        isPoint(viewport) && typeof viewport.zoom === 'number' && Number.isFinite(viewport.zoom)
          ? { x: viewport.x, y: viewport.y, zoom: viewport.zoom }
          : null,
      presenting: readPresenting(state.presenting),
    });
  }
  return out.sort((a, b) => a.clientId - b.clientId);
}

const finiteOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function readPresenting(v: unknown): Presenting | null {
  const p = v as Partial<Record<keyof Presenting, unknown>> | null | undefined;
  const since = finiteOrNull(p?.since);
  const stage = finiteOrNull(p?.stage);
  if (since === null || stage === null) return null;
  return {
    since,
    stage: Math.max(0, Math.floor(stage)),
    timerEndsAt: finiteOrNull(p?.timerEndsAt),
    timerMinutes: finiteOrNull(p?.timerMinutes),
  };
}
