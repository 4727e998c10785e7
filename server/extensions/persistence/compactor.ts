import * as Y from 'yjs';
import { encodeIntegrated } from '../../collab/integrated.ts';
import { REMOTE, type LiveRoom } from '../../collab/peer.ts';
import type { Store } from '../../store/store.ts';

/*
 * Compaction: a room's snapshot is replaced by its current state and the log it covers is
 * deleted. Several processes may serve one room, each knowing only the updates it has heard,
 * so a compaction first reads the room's log back from the store and applies it (Yjs ignores
 * what it already has); its state then covers every update it deletes, whoever wrote them.
 * The store refuses a snapshot older than the one it holds, so racing compactions are safe.
 */

export class Compactor {
  /** Updates logged since the last snapshot, per room name. */
  private readonly counts = new Map<string, number>();
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

  loaded(room: string, logged: number): void {
    this.counts.set(room, logged);
  }

  /** Counts appended updates, and compacts soon if there are enough. */
  logged(room: LiveRoom, count: number): void {
    const total = (this.counts.get(room.name.name) ?? 0) + count;
    this.counts.set(room.name.name, total);
    if (total > this.every) this.soon(room);
  }

  pending(room: LiveRoom): number {
    return this.counts.get(room.name.name) ?? 0;
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
    this.counts.delete(room.name.name);
  }

  private async run(room: LiveRoom): Promise<void> {
    if (this.pending(room) === 0 || !room.loaded || this.gone.has(room)) return;
    const name = room.name.name;
    try {
      const tail = await this.store.log.tail(name);
      if (tail.length === 0) {
        // Another process compacted what this one logged.
        if (!this.gone.has(room)) this.counts.set(name, 0);
        return;
      }
      const doc = room.doc;
      for (const { update } of tail) Y.applyUpdate(doc, update, REMOTE);
      const state = encodeIntegrated(doc);
      const throughSeq = tail.at(-1)!.seq;
      const replaced = await this.store.log.compact(
        name,
        state,
        Y.encodeStateVector(doc),
        throughSeq,
      );
      if (this.gone.has(room)) return;
      // Whatever was appended while this ran is still logged.
      this.counts.set(name, Math.max(0, this.pending(room) - tail.length));
      if (replaced) {
        const folded = tail.reduce((n, { update }) => n + update.byteLength, 0);
        this.compacted(room, state.byteLength, folded);
      }
    } catch (error) {
      this.log(`compaction of ${name} failed: ${(error as Error).message}`);
    }
  }
}
