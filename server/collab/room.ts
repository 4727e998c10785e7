import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createMapDoc } from '../../src/doc/index.ts';
import type { Role } from '../auth/roles.ts';
import type { RoomName } from '../ids.ts';
import type { Store } from '../store/store.ts';
import {
  ProtocolError,
  encodeAwareness,
  encodeReadOnlyNotice,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  type ClientMessage,
} from './protocol.ts';
import { dropPending, pendingBytes } from './integrated.ts';
import { RoomLog, StorageError, type RoomLogOptions } from './roomLog.ts';
import { TokenBucket } from './tokenBucket.ts';

/**
 * Presence messages (awareness updates and queries) a peer may send: a sustained rate and a
 * burst. The app sends at most one a frame while a pointer moves; a peer far above that is
 * flooding and is closed with RateLimitError.
 */
export const PRESENCE_PER_SECOND = 120;
export const PRESENCE_BURST = 600;
/**
 * Data waiting for dependencies the room has not seen (see integrated.ts) that it holds at
 * most; an update that takes it over the limit is refused and the pending data dropped.
 */
export const MAX_PENDING_BYTES = 2 ** 20;
/** Presence changes are relayed at most this often, as one message with every change. */
export const PRESENCE_RELAY_MS = 20;

/** The peer sends faster than allowed; the connection is closed with this message. */
export class RateLimitError extends Error {}

/** One end of a room: a client connection, as the room sees it. */
export interface Peer {
  /** False for a read-only connection: its document updates are dropped. */
  readonly canWrite: boolean;
  /** The share link the connection authenticated with; null for workspace members. */
  readonly linkId: string | null;
  /** The role its credentials grant on the map. */
  readonly role: Role;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

interface PeerState {
  /** The awareness client ids the peer announced, removed when it leaves. */
  clients: Set<number>;
  presenceBudget: TokenBucket;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** One live document: its peers, presence, and durable log. */
export class Room {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  private readonly peers = new Map<Peer, PeerState>();
  private readonly log: RoomLog;
  private destroyed = false;
  /** Awareness clients changed since the last relay, and when that relay went out. */
  private readonly presenceChanged = new Set<number>();
  private presenceTimer: NodeJS.Timeout | null = null;
  private lastPresenceRelay = -Infinity;

  /** Loads the room from the store. */
  constructor(
    readonly name: RoomName,
    store: Store,
    options: RoomLogOptions,
  ) {
    this.doc = name.kind === 'content' ? createMapDoc() : new Y.Doc();
    this.log = new RoomLog(name, this.doc, store, options);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The server is not a participant; it only relays presence.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  get peerCount(): number {
    return this.peers.size;
  }

  get pendingUpdates(): number {
    return this.log.pendingUpdates;
  }

  /** Connected peers that may change the document. */
  get writerCount(): number {
    let count = 0;
    for (const peer of this.peers.keys()) if (peer.canWrite) count++;
    return count;
  }

  /** The connected peer `origin` is (updates carry their peer as origin), or null. */
  peerOf(origin: unknown): Peer | null {
    return this.peers.has(origin as Peer) ? (origin as Peer) : null;
  }

  /** The names a peer announced in its presence (awareness `user.name`), for attribution. */
  namesOf(peer: Peer): string[] {
    const names: string[] = [];
    for (const id of this.peers.get(peer)?.clients ?? []) {
      const user: unknown = this.awareness.getStates().get(id)?.user;
      const name = (user as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string' && name.trim() !== '') names.push(name.trim().slice(0, 60));
    }
    return names;
  }

  /** Adds a peer and starts the sync handshake with it. */
  addPeer(peer: Peer): void {
    this.peers.set(peer, {
      clients: new Set(),
      presenceBudget: new TokenBucket(PRESENCE_PER_SECOND, PRESENCE_BURST),
    });
    peer.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) peer.send(encodeAwareness(this.awareness, states));
    if (!peer.canWrite) peer.send(encodeReadOnlyNotice());
  }

  /** Removes a peer and the presence it announced. */
  removePeer(peer: Peer): void {
    const state = this.peers.get(peer);
    if (!state || !this.peers.delete(peer) || this.destroyed) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...state.clients], null);
  }

  /**
   * Handles one validated message. Throws ProtocolError or RateLimitError if the peer must
   * go, and StorageError if the store failed (the whole room must then be reloaded).
   */
  receive(peer: Peer, message: ClientMessage): void {
    const state = this.peers.get(peer);
    if (this.destroyed || !state) return;
    const presence = message.type === 'awareness' || message.type === 'query-awareness';
    if (presence && !state.presenceBudget.take())
      throw new RateLimitError(`more than ${PRESENCE_PER_SECOND} presence updates a second`);
    switch (message.type) {
      case 'sync-step1':
        peer.send(encodeSyncStep2(this.doc, message.stateVector));
        break;
      case 'update':
        if (peer.canWrite) this.applyUpdate(peer, message.update);
        // Dropped unseen: not applied, stored or relayed. An empty one is every client's
        // reply to our sync step 1 and needs no notice.
        else if (!isEmptyUpdate(message.update)) peer.send(encodeReadOnlyNotice());
        break;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, peer);
        break;
      case 'query-awareness':
        peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        break;
    }
  }

  /** Closes the connection of every peer (or of those `which` picks). */
  closePeers(code: number, reason: string, which: (peer: Peer) => boolean = () => true): void {
    for (const peer of [...this.peers.keys()]) if (which(peer)) peer.close(code, reason);
  }

  /** Compacts now if anything was logged since the last snapshot. */
  flush(): void {
    this.log.compact();
  }

  /** Frees the room; call `flush` first unless the data is being discarded. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.log.stop();
    this.peers.clear();
    if (this.presenceTimer) clearTimeout(this.presenceTimer);
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private applyUpdate(peer: Peer, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw new ProtocolError(`update could not be applied (${(error as Error).message})`);
    }
    if (pendingBytes(this.doc) > MAX_PENDING_BYTES) {
      dropPending(this.doc);
      throw new ProtocolError('update depends on data the server does not have');
    }
  }

  // Stored first, then sent: nobody sees an update that a crash could still lose.
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.log.append(update);
    const message = encodeUpdate(update);
    for (const peer of this.peers.keys()) if (peer !== origin) peer.send(message);
  };

  private readonly onAwareness = (change: AwarenessChange, origin: unknown): void => {
    const own = this.peers.get(origin as Peer);
    if (own) {
      for (const id of change.added) own.clients.add(id);
      for (const id of change.removed) own.clients.delete(id);
    }
    for (const id of [...change.added, ...change.updated, ...change.removed])
      this.presenceChanged.add(id);
    if (this.presenceTimer || this.destroyed) return;
    const wait = this.lastPresenceRelay + PRESENCE_RELAY_MS - performance.now();
    if (wait <= 0) this.relayPresence();
    else this.presenceTimer = setTimeout(this.relayPresence, wait);
  };

  // Many changes (pointers moving at once, or a burst from one peer) go out as one message.
  private readonly relayPresence = (): void => {
    this.presenceTimer = null;
    this.lastPresenceRelay = performance.now();
    const message = encodeAwareness(this.awareness, [...this.presenceChanged]);
    this.presenceChanged.clear();
    for (const peer of this.peers.keys()) peer.send(message);
  };
}
