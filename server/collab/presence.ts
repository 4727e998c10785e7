import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { readEntries, writeEntries, type AwarenessEntry } from './awarenessEntries.ts';
import { encodeAwareness } from './protocol.ts';
import { TokenBucket } from './tokenBucket.ts';

/*
 * A room's presence (Yjs awareness): who is here, their pointers and selections. The server
 * is not a participant; it keeps everyone's latest state, relays changes in batches and
 * refuses a peer that floods it. A connection may set and remove only the presence of the
 * client ids it introduced itself (its own documents'), a few at most, each state small:
 * nobody renames, removes or impersonates anyone else.
 */

/**
 * Presence messages (awareness updates and queries) a peer may send: a sustained rate and a
 * burst. The app sends at most one a frame while a pointer moves; a peer far above that is
 * flooding and is closed with RateLimitError.
 */
export const PRESENCE_PER_SECOND = 120;
export const PRESENCE_BURST = 600;
/** Presence changes are relayed at most this often, as one message with every change. */
export const PRESENCE_RELAY_MS = 20;
/** Client ids one connection may introduce (a tab has one; a few allow for a reloaded doc). */
export const MAX_CLIENTS_PER_PEER = 4;
/** The largest presence state accepted, in characters of its JSON. */
export const MAX_PRESENCE_STATE = 8 * 1024;

/** The peer sends faster than allowed; the connection is closed with this message. */
export class RateLimitError extends Error {}

interface Announcer {
  /** The awareness client ids the peer announced, removed when it leaves. */
  clients: Set<number>;
  budget: TokenBucket;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** Presence of one room; `P` is whatever identifies a connection. */
export class Presence<P> {
  private readonly awareness: awarenessProtocol.Awareness;
  private readonly announcers = new Map<P, Announcer>();
  /** Awareness clients changed since the last relay, and when that relay went out. */
  private readonly changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private lastRelay = -Infinity;
  private destroyed = false;

  /**
   * `relay` sends a message to every peer of the room; `share` hands this process's peers'
   * presence changes to the other processes serving the room.
   */
  constructor(
    doc: Y.Doc,
    private readonly relay: (message: Uint8Array) => void,
    private readonly share: (update: Uint8Array) => void = () => {},
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** How many presence states are known. */
  get size(): number {
    return this.awareness.getStates().size;
  }

  /** Everyone's presence as one message. */
  everyone(): Uint8Array {
    return encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]);
  }

  join(peer: P): void {
    this.announcers.set(peer, {
      clients: new Set(),
      budget: new TokenBucket(PRESENCE_PER_SECOND, PRESENCE_BURST),
    });
  }

  /** Removes what the peer announced (everyone is told). */
  leave(peer: P): void {
    const announcer = this.announcers.get(peer);
    if (!announcer || !this.announcers.delete(peer) || this.destroyed) return;
    const clients = [...announcer.clients];
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, null);
    if (clients.length > 0)
      this.share(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Takes one presence message from `peer`'s budget; throws RateLimitError when it is spent. */
  charge(peer: P): void {
    if (this.announcers.get(peer)?.budget.take() === false)
      throw new RateLimitError(`more than ${PRESENCE_PER_SECOND} presence updates a second`);
  }

  /**
   * Applies a (validated) awareness update from `peer`, keeping only the entries it may
   * write: its own client ids (a new one if it has fewer than the limit and nobody has that
   * id), with states under the size limit. The others are dropped silently, as presence is.
   */
  apply(peer: P, update: Uint8Array): void {
    const announcer = this.announcers.get(peer);
    if (!announcer) return;
    const entries = readEntries(update);
    const claimed = new Set(announcer.clients);
    const allowed = entries.filter((entry) => this.mayWrite(claimed, entry));
    if (allowed.length === 0) return;
    const accepted = allowed.length === entries.length ? update : writeEntries(allowed);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, peer);
    this.share(accepted);
  }

  /** Shares the presence of every peer of this process (another process asked for it). */
  shareAll(): void {
    const clients = [...this.announcers.values()].flatMap((a) => [...a.clients]);
    if (clients.length > 0 && !this.destroyed)
      this.share(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /** Applies presence another process shared (its peers'); relayed to ours like any change. */
  applyRemote(update: Uint8Array): void {
    if (!this.destroyed) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, null);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  // `claimed`: the peer's client ids, and those this update introduces so far.
  private mayWrite(claimed: Set<number>, { clientId, state }: AwarenessEntry): boolean {
    if (state.length > MAX_PRESENCE_STATE) return false;
    if (claimed.has(clientId)) return true;
    // A new id: only a live state (nothing to remove), within the limit, and nobody else's.
    if (state === 'null' || claimed.size >= MAX_CLIENTS_PER_PEER) return false;
    if (this.awareness.getStates().has(clientId)) return false;
    claimed.add(clientId);
    return true;
  }

  private readonly onUpdate = (change: AwarenessChange, origin: unknown): void => {
    const own = this.announcers.get(origin as P);
    if (own) {
      for (const id of change.added) own.clients.add(id);
      for (const id of change.removed) own.clients.delete(id);
    }
    for (const id of [...change.added, ...change.updated, ...change.removed]) this.changed.add(id);
    if (this.timer || this.destroyed) return;
    const wait = this.lastRelay + PRESENCE_RELAY_MS - performance.now();
    if (wait <= 0) this.flush();
    else this.timer = setTimeout(this.flush, wait);
  };

  // Many changes (pointers moving at once, or a burst from one peer) go out as one message.
  private readonly flush = (): void => {
    this.timer = null;
    this.lastRelay = performance.now();
    const message = encodeAwareness(this.awareness, [...this.changed]);
    this.changed.clear();
    this.relay(message);
  };
}
