import * as Y from 'yjs';
import { encodeIntegrated } from '../../collab/integrated.ts';
import { REMOTE, type LiveRoom } from '../../collab/peer.ts';
import type { Store } from '../../store/store.ts';

/*
 * Compaction: a room's snapshot is replaced by its current state and the log it covers is
 * deleted. Several processes may serve one room, each knowing only the updates it has heard,
 * so a compaction reads the room's log back from the store and applies it (Yjs ignores what
 * it already has); if another process replaced the snapshot since, its snapshot is applied
 * too. The store swaps snapshots only if nobody else did meanwhile, and deletes exactly the
 * updates the new one covers, so racing compactions never lose an update.
 */

/** Tries before giving up until the next append asks again. */
const ATTEMPTS = 3;

interface RoomLog {
  /** Updates logged since the snapshot (as far as this process knows). */
  pending: number;
  /** The snapshot this room's document is known to contain. */
  snapshotSeq: number;
}

export class Compactor {
  private readonly logs = new Map<string, RoomLog>();
  private readonly queued = new Set<LiveRoom>();
  private readonly running = new Map<LiveRoom, Promise<void>>();
  /** Rooms that unloaded: nothing more is done for them. */
  private readonly gone = new WeakSet<LiveRoom>();

  /**
   * Compacts a room once it logged more than `every` updates since its snapshot; tells
   * `compacted` the new snapshot's size and how many logged bytes it folded in.
   */
  constructor(
    private readonly store: Store,
    private readonly every: number,
    private readonly log: (line: string) => void,
    private readonly compacted: (
      room: LiveRoom,
      snapshot: number,
      folded: number,
    ) => void = () => {},
  ) {}

  loaded(room: string, pending: number, snapshotSeq: number): void {
    this.logs.set(room, { pending, snapshotSeq });
  }

  /** Counts appended updates, and compacts soon if there are enough. */
  logged(room: LiveRoom, count: number): void {
    const log = this.logOf(room);
    log.pending += count;
    if (log.pending > this.every) this.soon(room);
  }

  pending(room: LiveRoom): number {
    return this.logs.get(room.name.name)?.pending ?? 0;
  }

  /** Replaces the snapshot with the current state, if anything was logged since; never throws. */
  compact(room: LiveRoom): Promise<void> {
    this.queued.delete(room);
    let run = this.running.get(room);
    if (!run) {
      run = this.run(room).finally(() => {
        this.running.delete(room);
        // Appends made meanwhile may already call for the next one.
        if (this.pending(room) > this.every) this.soon(room);
      });
      this.running.set(room, run);
    }
    return run;
  }

  forget(room: LiveRoom): void {
    this.gone.add(room);
    this.queued.delete(room);
    this.logs.delete(room.name.name);
  }

  private logOf(room: LiveRoom): RoomLog {
    let log = this.logs.get(room.name.name);
    if (!log) this.logs.set(room.name.name, (log = { pending: 0, snapshotSeq: 0 }));
    return log;
  }

  /** Compacts after the current batch, never in the message path. */
  soon(room: LiveRoom): void {
    if (this.queued.has(room) || this.running.has(room) || this.gone.has(room)) return;
    this.queued.add(room);
    setImmediate(() => {
      if (!this.queued.delete(room)) return;
      void this.compact(room);
    });
  }

  private async run(room: LiveRoom): Promise<void> {
    if (this.pending(room) === 0 || !room.loaded || this.gone.has(room)) return;
    const name = room.name.name;
    const log = this.logOf(room);
    try {
      for (let attempt = 0; attempt < ATTEMPTS && !this.gone.has(room); attempt++) {
        const tail = await this.store.log.tail(name);
        const doc = room.doc;
        if (tail.snapshotSeq !== log.snapshotSeq) {
          // Another process compacted: its snapshot may hold updates it deleted from the log.
          const data = await this.store.log.load(name);
          if (data.snapshot) Y.applyUpdate(doc, data.snapshot, REMOTE);
          log.snapshotSeq = data.snapshotSeq;
          continue;
        }
        if (tail.updates.length === 0) {
          log.pending = 0;
          return;
        }
        for (const { update } of tail.updates) Y.applyUpdate(doc, update, REMOTE);
        const covered = tail.updates.map((u) => u.seq);
        const compaction = {
          state: encodeIntegrated(doc),
          vector: Y.encodeStateVector(doc),
          covered,
          after: tail.snapshotSeq,
        };
        if (await this.store.log.compact(name, compaction)) {
          if (this.gone.has(room)) return;
          log.snapshotSeq = Math.max(tail.snapshotSeq, ...covered);
          // Whatever was appended while this ran is still logged.
          log.pending = Math.max(0, log.pending - covered.length);
          const folded = tail.updates.reduce((n, { update }) => n + update.byteLength, 0);
          this.compacted(room, compaction.state.byteLength, folded);
          return;
        }
      }
    } catch (error) {
      this.log(`compaction of ${name} failed: ${(error as Error).message}`);
    }
  }
}
