import * as Y from 'yjs';
import { createMapDoc } from '../../src/doc/index.ts';
import type { RoomBus, RoomMessage } from '../bus/bus.ts';
import type { RoomName } from '../ids.ts';
import type { Pipeline } from '../pipeline.ts';
import type { RoomData } from '../store/store.ts';
import { dropPending, isAhead, pendingBytes } from './integrated.ts';
import { REMOTE, type LiveRoom, type Origin, type Peer, type ServerChange } from './peer.ts';
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
import { WriteQueue } from './writeQueue.ts';

/**
 * Data waiting for dependencies the room has not seen (see integrated.ts) that it holds at
 * most; an update that takes it over the limit is refused and the pending data dropped.
 */
export const MAX_PENDING_BYTES = 2 ** 20;

/** What a room works with. */
export interface RoomDeps {
  pipeline: Pipeline;
  bus: RoomBus;
  /** Storing failed: the room's memory is ahead of the store and it must go. */
  onStorageFailure(room: Room, error: unknown): void;
  /** The store holds updates this room never heard: it must catch up from the store. */
  onBehind(room: Room): void;
}

interface Written {
  update: Uint8Array;
  origin: Peer | ServerChange;
}

const API_CHANGE: ServerChange = { actor: null };

/**
 * One live document: its peers, presence, and the path of every update (checked, applied,
 * stored, relayed). A room whose store holds one snapshot with its state vector starts
 * without applying it: fresh clients get the stored bytes at once, and the document is
 * built after that (or when something needs it).
 */
export class Room implements LiveRoom {
  private readonly ydoc: Y.Doc;
  private readonly presence: Presence<Peer>;
  private readonly peerSet = new Set<Peer>();
  private readonly queue: WriteQueue<Written>;
  /** What is stored, until the document is built from it. */
  private stored: RoomData | null;
  private built = false;
  private destroyed = false;
  /** Who the server change being made is for (see `change`). */
  private actor: ServerChange | null = null;
  /**
   * The whole document as a sync answer, encoded once and shared by every fresh client until
   * the document changes: forty clients opening a large map hold one copy, not forty.
   */
  private wholeAnswer: Uint8Array | null = null;
  /** How many times the whole document was encoded for fresh clients (a diagnostic). */
  private wholeEncodes = 0;

  constructor(
    readonly name: RoomName,
    data: RoomData,
    private readonly deps: RoomDeps,
  ) {
    this.ydoc = name.kind === 'content' ? createMapDoc() : new Y.Doc();
    this.stored = data;
    this.presence = new Presence(
      this.ydoc,
      (message) => {
        for (const peer of this.peerSet) peer.send(message);
      },
      (update) => deps.bus.publish(name.name, { type: 'awareness', update }),
    );
    this.queue = new WriteQueue<Written>({
      store: (batch) =>
        deps.pipeline.storeUpdates(
          this,
          batch.map((w) => w.update),
        ),
      publish: (batch) => {
        for (const { update, origin } of batch) this.publish(update, origin);
      },
      fail: (error) => deps.onStorageFailure(this, error),
    });
    if (!this.coldSnapshot) this.build();
  }

  /** The document, with everything stored applied. */
  get doc(): Y.Doc {
    this.build();
    return this.ydoc;
  }

  get loaded(): boolean {
    return this.built;
  }

  /** How many times the whole document was encoded as a sync answer. */
  get wholeStateEncodes(): number {
    return this.wholeEncodes;
  }

  get peerCount(): number {
    return this.peerSet.size;
  }

  get writerCount(): number {
    let count = 0;
    for (const peer of this.peerSet) if (peer.canWrite) count++;
    return count;
  }

  peers(): Iterable<Peer> {
    return this.peerSet;
  }

  peerOf(origin: unknown): Peer | null {
    return this.peerSet.has(origin as Peer) ? (origin as Peer) : null;
  }

  /** Adds a peer and starts the sync handshake with it. */
  addPeer(peer: Peer): void {
    this.peerSet.add(peer);
    this.presence.join(peer);
    const cold = this.coldSnapshot;
    peer.send(encodeSyncStep1(cold ? cold.vector : Y.encodeStateVector(this.ydoc)));
    if (this.presence.size > 0) peer.send(this.presence.everyone());
    if (!peer.canWrite) peer.send(encodeReadOnlyNotice());
    this.deps.pipeline.onConnect(this, peer);
  }

  /** Removes a peer and the presence it announced. */
  removePeer(peer: Peer): void {
    if (!this.peerSet.delete(peer) || this.destroyed) return;
    this.presence.leave(peer);
    this.deps.pipeline.onDisconnect(this, peer);
  }

  /**
   * Handles one validated message. Throws ProtocolError or RateLimitError if the peer must
   * go, and UpdateRejected (from an extension) if its update was refused.
   */
  receive(peer: Peer, message: ClientMessage): void {
    if (this.destroyed || !this.peerSet.has(peer)) return;
    switch (message.type) {
      case 'sync-step1':
        this.answerSync(peer, message.stateVector);
        break;
      case 'update':
        // An empty one is every client's reply to our sync step 1: nothing to do.
        if (message.empty) break;
        // Dropped unseen: not applied, stored or relayed.
        if (!peer.canWrite) peer.send(encodeReadOnlyNotice());
        else {
          this.deps.pipeline.beforeApply(this, peer, message.update);
          this.applyUpdate(peer, message.update);
        }
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

  /** Handles what another process published on this room's channel. */
  hear(message: RoomMessage): void {
    if (this.destroyed) return;
    if (message.type === 'update') {
      Y.applyUpdate(this.doc, message.update, REMOTE);
      // It builds on an update never heard here (its publisher died between storing and
      // publishing, or the bus dropped it); published updates are stored, so the store has it.
      if (pendingBytes(this.ydoc) > 0) this.deps.onBehind(this);
    } else if (message.type === 'awareness') this.presence.applyRemote(message.update);
    else {
      this.presence.shareAll();
      if (isAhead(message.stateVector, this.stateVector())) this.deps.onBehind(this);
    }
  }

  /** What the room holds, without building a cold room's document. */
  stateVector(): Uint8Array {
    return this.coldSnapshot?.vector ?? Y.encodeStateVector(this.ydoc);
  }

  /**
   * Makes a change on behalf of `actor` (an HTTP caller): it is stored and sent to everyone
   * like a client's; resolves with `fn`'s result once the change is durable.
   */
  async change<T>(actor: string | null, fn: (doc: Y.Doc) => T): Promise<T> {
    const doc = this.doc;
    this.actor = { actor };
    let result: T;
    try {
      result = fn(doc);
    } finally {
      this.actor = null;
    }
    await this.queue.durable();
    return result;
  }

  /** Resolves once every change applied so far is stored. */
  durable(): Promise<void> {
    return this.queue.durable();
  }

  /** Closes the connection of every peer (or of those `which` picks). */
  closePeers(code: number, reason: string, which: (peer: Peer) => boolean = () => true): void {
    for (const peer of [...this.peerSet]) if (which(peer)) peer.close(code, reason);
  }

  /** Frees the room; anything not yet stored is dropped. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.queue.stop(new Error(`room ${this.name.name} closed`));
    this.peerSet.clear();
    this.presence.destroy();
    this.ydoc.off('update', this.onUpdate);
    this.ydoc.destroy();
  }

  // The stored state in one piece, until built: a snapshot and its vector, nothing logged after.
  private get coldSnapshot(): { update: Uint8Array; vector: Uint8Array } | null {
    const { snapshot, snapshotVector, updates } = this.stored ?? {};
    if (!snapshot || !snapshotVector || updates?.length !== 0) return null;
    return { update: snapshot, vector: snapshotVector };
  }

  // Builds the document from the stored state, once; only then are updates stored and relayed.
  private build(): void {
    if (this.built || this.destroyed) return;
    this.built = true;
    const data = this.stored;
    this.stored = null;
    if (data) {
      this.ydoc.transact(() => {
        if (data.snapshot) Y.applyUpdate(this.ydoc, data.snapshot);
        for (const update of data.updates) Y.applyUpdate(this.ydoc, update);
      });
    }
    this.ydoc.on('update', this.onUpdate);
  }

  private answerSync(peer: Peer, stateVector: Uint8Array): void {
    const cold = this.coldSnapshot;
    const fresh = isEmptyStateVector(stateVector);
    if (cold && fresh) {
      // A fresh client needs exactly what is stored. Build the document once it has it, so that
      // its first edit does not wait; a read-only client never needs it.
      const buildAfter = peer.canWrite ? () => setImmediate(() => this.build()) : undefined;
      peer.send(
        this.whole(() => encodeStoredSyncStep2(cold.update)),
        buildAfter,
      );
      return;
    }
    // Encoded now, sent once what it holds is stored: nobody sees what a crash could lose.
    const answer = fresh
      ? this.whole(() => encodeSyncStep2(this.doc, stateVector))
      : encodeSyncStep2(this.doc, stateVector);
    this.queue.afterDurable(() => peer.send(answer));
  }

  // The shared whole-document answer, encoded if the document changed since the last one.
  private whole(encode: () => Uint8Array): Uint8Array {
    if (!this.wholeAnswer) {
      this.wholeAnswer = encode();
      this.wholeEncodes++;
    }
    return this.wholeAnswer;
  }

  private applyUpdate(peer: Peer, update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      throw new ProtocolError(`update could not be applied (${(error as Error).message})`);
    }
    if (pendingBytes(this.ydoc) > MAX_PENDING_BYTES) {
      dropPending(this.ydoc);
      throw new ProtocolError('update depends on data the server does not have');
    }
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.wholeAnswer = null;
    if (origin === REMOTE) {
      // Stored by whoever made it: ours to relay, not to store again or to publish.
      this.publish(update, REMOTE);
      return;
    }
    const peer = this.peerOf(origin);
    this.queue.push({ update, origin: peer ?? this.actor ?? API_CHANGE });
  };

  // After storing: to our peers (but the one it came from), the other processes, the extensions.
  private publish(update: Uint8Array, origin: Origin): void {
    const message = encodeUpdate(update);
    for (const peer of this.peerSet) if (peer !== origin) peer.send(message);
    if (origin !== REMOTE) this.deps.bus.publish(this.name.name, { type: 'update', update });
    this.deps.pipeline.onChange(this, update, origin);
  }
}
