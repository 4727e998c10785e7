import * as Y from 'yjs';
import { createMapDoc } from '../../src/doc/index.ts';
import type { Role } from '../auth/roles.ts';
import type { RoomName } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { dropPending, pendingBytes } from './integrated.ts';
import { Presence } from './presence.ts';
import {
  ProtocolError,
  encodeReadOnlyNotice,
  encodeStoredSyncStep2,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyStateVector,
  type ClientMessage,
} from './protocol.ts';
import { RoomLog, StorageError, type RoomLogOptions } from './roomLog.ts';

/**
 * Data waiting for dependencies the room has not seen (see integrated.ts) that it holds at
 * most; an update that takes it over the limit is refused and the pending data dropped.
 */
export const MAX_PENDING_BYTES = 2 ** 20;

/** One end of a room: a client connection, as the room sees it. */
export interface Peer {
  /** False for a read-only connection: its document updates are dropped. */
  readonly canWrite: boolean;
  /** The share link the connection authenticated with; null for workspace members. */
  readonly linkId: string | null;
  /** The role its credentials grant on the map. */
  readonly role: Role;
  /** Sends a message; `onSent` runs once it is handed to the operating system. */
  send(message: Uint8Array, onSent?: () => void): void;
  close(code: number, reason: string): void;
}

type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/**
 * One live document: its peers, presence, and durable log. A room whose store holds one
 * snapshot with its state vector starts without applying it: fresh clients get the stored
 * bytes at once, and the document is built after that (or when something needs it).
 */
export class Room {
  private readonly ydoc: Y.Doc;
  private readonly presence: Presence<Peer>;
  private readonly peers = new Set<Peer>();
  private readonly log: RoomLog;
  private readonly listeners = new Set<UpdateListener>();
  private built = false;
  private destroyed = false;

  /** Opens the room from the store. */
  constructor(
    readonly name: RoomName,
    store: Store,
    options: RoomLogOptions,
  ) {
    this.ydoc = name.kind === 'content' ? createMapDoc() : new Y.Doc();
    this.log = new RoomLog(name, this.ydoc, store, options);
    this.presence = new Presence(this.ydoc, (message) => {
      for (const peer of this.peers) peer.send(message);
    });
    if (!this.log.stored) this.load();
  }

  /** The document, with everything stored applied. */
  get doc(): Y.Doc {
    this.load();
    return this.ydoc;
  }

  /** Whether the document was built from the store yet. */
  get loaded(): boolean {
    return this.built;
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
    for (const peer of this.peers) if (peer.canWrite) count++;
    return count;
  }

  /** Calls `fn` with each update after it was stored and relayed; returns the unsubscribe. */
  observe(fn: UpdateListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The connected peer `origin` is (updates carry their peer as origin), or null. */
  peerOf(origin: unknown): Peer | null {
    return this.peers.has(origin as Peer) ? (origin as Peer) : null;
  }

  /** The names a peer announced in its presence (awareness `user.name`), for attribution. */
  namesOf(peer: Peer): string[] {
    return this.presence.namesOf(peer);
  }

  /** Adds a peer and starts the sync handshake with it. */
  addPeer(peer: Peer): void {
    this.peers.add(peer);
    this.presence.join(peer);
    const stored = this.log.stored;
    peer.send(encodeSyncStep1(stored ? stored.vector : Y.encodeStateVector(this.ydoc)));
    if (this.presence.size > 0) peer.send(this.presence.everyone());
    if (!peer.canWrite) peer.send(encodeReadOnlyNotice());
  }

  /** Removes a peer and the presence it announced. */
  removePeer(peer: Peer): void {
    if (!this.peers.delete(peer) || this.destroyed) return;
    this.presence.leave(peer);
  }

  /**
   * Handles one validated message. Throws ProtocolError or RateLimitError if the peer must
   * go, and StorageError if the store failed (the whole room must then be reloaded).
   */
  receive(peer: Peer, message: ClientMessage): void {
    if (this.destroyed || !this.peers.has(peer)) return;
    switch (message.type) {
      case 'sync-step1':
        this.sendSyncStep2(peer, message.stateVector);
        break;
      case 'update':
        // An empty one is every client's reply to our sync step 1: nothing to do.
        if (message.empty) break;
        if (peer.canWrite) this.applyUpdate(peer, message.update);
        // Dropped unseen: not applied, stored or relayed.
        else peer.send(encodeReadOnlyNotice());
        break;
      case 'awareness':
        this.presence.charge(peer);
        this.presence.apply(peer, message.update);
        break;
      case 'query-awareness':
        this.presence.charge(peer);
        peer.send(this.presence.everyone());
        break;
    }
  }

  /** Closes the connection of every peer (or of those `which` picks). */
  closePeers(code: number, reason: string, which: (peer: Peer) => boolean = () => true): void {
    for (const peer of [...this.peers]) if (which(peer)) peer.close(code, reason);
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
    this.listeners.clear();
    this.presence.destroy();
    this.ydoc.off('update', this.onUpdate);
    this.ydoc.destroy();
  }

  // Builds the document from the stored state, once; only then are updates logged and relayed.
  private load(): void {
    if (this.built || this.destroyed) return;
    this.built = true;
    this.log.load();
    this.ydoc.on('update', this.onUpdate);
  }

  private sendSyncStep2(peer: Peer, stateVector: Uint8Array): void {
    const stored = this.log.stored;
    if (!stored || !isEmptyStateVector(stateVector)) {
      peer.send(encodeSyncStep2(this.doc, stateVector));
      return;
    }
    // A fresh client needs exactly what is stored. Build the document once it has it, so that
    // its first edit does not wait; a read-only client never needs it.
    const buildAfter = peer.canWrite ? () => setImmediate(() => this.load()) : undefined;
    peer.send(encodeStoredSyncStep2(stored.update), buildAfter);
  }

  private applyUpdate(peer: Peer, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      if (error instanceof StorageError) throw error;
      throw new ProtocolError(`update could not be applied (${(error as Error).message})`);
    }
    if (pendingBytes(this.ydoc) > MAX_PENDING_BYTES) {
      dropPending(this.ydoc);
      throw new ProtocolError('update depends on data the server does not have');
    }
  }

  // Stored first, then sent: nobody sees an update that a crash could still lose.
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.log.append(update);
    const message = encodeUpdate(update);
    for (const peer of this.peers) if (peer !== origin) peer.send(message);
    for (const fn of this.listeners) fn(update, origin);
  };
}
