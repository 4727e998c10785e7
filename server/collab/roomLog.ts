import * as Y from 'yjs';
import type { RoomName } from '../ids.ts';
import type { EditMark, RoomData, Store } from '../store/store.ts';
import { encodeIntegrated } from './integrated.ts';

/* A room's durable side: the update log, compaction, and the map row kept in step. */

/** The store failed; the room's memory may now be ahead of what is stored. */
export class StorageError extends Error {}

export interface RoomLogOptions {
  compactEvery: number;
  log: (line: string) => void;
}

const MAX_TITLE = 200;
/**
 * The maps list's edit time is written with at most one update a second (a title change
 * always): it costs a second statement per update otherwise, and is shown as "Edited … ago".
 */
const TOUCH_EVERY_MS = 1000;

/** The stored state as one update with its state vector, as a fresh client needs it. */
export interface StoredState {
  update: Uint8Array;
  vector: Uint8Array;
}

/** Keeps one room's update log: appends synchronously, compacts in the background. */
export class RoomLog {
  private pending: number;
  private lastSeq: number;
  private title: string | undefined;
  private lastTouch = -Infinity;
  private compactQueued = false;
  private stopped = false;
  /** What is stored, until `load` applied it to the document. */
  private data: RoomData | null;

  /** Reads the room's stored state; `load` applies it to `doc` (which must be empty). */
  constructor(
    private readonly room: RoomName,
    private readonly doc: Y.Doc,
    private readonly store: Store,
    private readonly options: RoomLogOptions,
  ) {
    this.data = store.loadRoom(room.name);
    this.pending = this.data.updates.length;
    this.lastSeq = this.data.lastSeq;
  }

  /** The stored state in one piece, until loaded: a snapshot and its vector, nothing logged after. */
  get stored(): StoredState | null {
    const { snapshot, snapshotVector, updates } = this.data ?? {};
    if (!snapshot || !snapshotVector || updates?.length !== 0) return null;
    return { update: snapshot, vector: snapshotVector };
  }

  /** Applies the stored state to the document, once. */
  load(): void {
    const data = this.data;
    if (!data) return;
    this.data = null;
    this.doc.transact(() => {
      if (data.snapshot) Y.applyUpdate(this.doc, data.snapshot);
      for (const update of data.updates) Y.applyUpdate(this.doc, update);
    });
    this.title = this.readTitle();
  }

  /** Updates logged since the last snapshot. */
  get pendingUpdates(): number {
    return this.pending;
  }

  /** Stores one update (before anyone else sees it); throws StorageError on failure. */
  append(update: Uint8Array): void {
    const mark = this.editMark();
    try {
      this.lastSeq = this.store.appendUpdate(this.room.name, update, mark);
    } catch (error) {
      throw new StorageError(`could not store update: ${(error as Error).message}`);
    }
    if (mark?.title !== undefined) this.title = mark.title;
    this.pending++;
    if (this.pending > this.options.compactEvery) this.compactSoon();
  }

  /** Compacts after the current message has been handled, never in the message path. */
  compactSoon(): void {
    if (this.compactQueued || this.stopped) return;
    this.compactQueued = true;
    setImmediate(() => {
      this.compactQueued = false;
      if (!this.stopped) this.compact();
    });
  }

  /** Replaces the snapshot with the current state, if anything was logged since. */
  compact(): void {
    if (this.pending === 0) return;
    try {
      // Synchronous from here to COMMIT, so the state covers exactly the logged updates.
      const state = encodeIntegrated(this.doc);
      this.store.compact(this.room.name, state, Y.encodeStateVector(this.doc), this.lastSeq);
      this.pending = 0;
    } catch (error) {
      this.options.log(`compaction of ${this.room.name} failed: ${(error as Error).message}`);
    }
  }

  /** Stops background work (the room is going away). */
  stop(): void {
    this.stopped = true;
  }

  private editMark(): EditMark | undefined {
    // Comments do not count as edits of the map.
    if (this.room.kind !== 'content') return undefined;
    const at = Date.now();
    const title = this.readTitle();
    const retitled = title !== undefined && title !== this.title;
    if (!retitled && at - this.lastTouch < TOUCH_EVERY_MS) return undefined;
    this.lastTouch = at;
    return retitled ? { mapId: this.room.mapId, at, title } : { mapId: this.room.mapId, at };
  }

  private readTitle(): string | undefined {
    if (this.room.kind !== 'content') return undefined;
    const title = this.doc.getMap('meta').get('title');
    return typeof title === 'string' ? title.slice(0, MAX_TITLE) : undefined;
  }
}
