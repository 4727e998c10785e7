import { HTTPException } from 'hono/http-exception';
import { UpdateRejected, type LiveRoom } from '../../collab/peer.ts';
import type { RoomName } from '../../ids.ts';
import type { RoomData } from '../../store/store.ts';

/*
 * The per-map size limit (MAX_MAP_BYTES): what a room holds in the store, its snapshot plus
 * the updates logged after it, counted as the room loads, grows and is compacted.
 *
 * A client update is checked before it is applied, but stored a turn later with the others of
 * that turn (group commit), so the bytes of updates accepted and not yet handed to the store
 * are reserved meanwhile. Everything applied is in the next batch; a reservation outlives a
 * turn only while a write is under way (an update another extension refused after this check
 * leaves one behind, which the next turn clears). Updates another process stored count when
 * heard; its compactions are not seen, so the count errs on the large side until the room
 * reloads.
 */

interface RoomSize {
  snapshot: number;
  logged: number;
  /** Accepted by `check`, not yet handed to the store. */
  reserved: number;
  writes: number;
  releasing: boolean;
}

const MiB = 2 ** 20;
const mib = (bytes: number) =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
const total = (updates: readonly Uint8Array[]) => updates.reduce((n, u) => n + u.byteLength, 0);

/** Counts each loaded room's stored bytes and refuses what would take one over `maxBytes`. */
export class SizeLimit {
  private readonly rooms = new Map<string, RoomSize>();

  constructor(private readonly maxBytes: number) {}

  /** Refuses (413) a new map whose content alone is over the limit. */
  checkNew(state: Uint8Array): void {
    if (state.byteLength <= this.maxBytes) return;
    throw new HTTPException(413, {
      message:
        `The map is ${mib(state.byteLength)}, over the ${mib(this.maxBytes)} a map may take ` +
        '(MAX_MAP_BYTES); nothing was stored',
    });
  }

  loaded(room: RoomName, data: RoomData): void {
    this.rooms.set(room.name, {
      snapshot: data.snapshot?.byteLength ?? 0,
      logged: total(data.updates),
      reserved: 0,
      writes: 0,
      releasing: false,
    });
  }

  /** Throws UpdateRejected if storing `update` would take the room over the limit; else reserves its bytes. */
  check(room: LiveRoom, update: Uint8Array): void {
    const size = this.sizeOf(room);
    const after = size.snapshot + size.logged + size.reserved + update.byteLength;
    if (after > this.maxBytes) {
      throw new UpdateRejected(
        `Map too large: storing this change would take it to ${mib(after)}, over its limit ` +
          `of ${mib(this.maxBytes)}; the change was not saved`,
      );
    }
    size.reserved += update.byteLength;
    this.releaseSoon(size);
  }

  /** A batch is being written: it holds every update accepted so far. */
  storing(room: LiveRoom, updates: readonly Uint8Array[]): void {
    const size = this.sizeOf(room);
    size.writes++;
    size.reserved = 0;
    size.logged += total(updates);
  }

  /** The batch `storing` announced is written (or failed, and the room goes). */
  stored(room: LiveRoom): void {
    const size = this.sizeOf(room);
    size.writes--;
    this.releaseSoon(size);
  }

  /** Another process stored `update` in this room. */
  heard(room: LiveRoom, update: Uint8Array): void {
    this.sizeOf(room).logged += update.byteLength;
  }

  /** The log up to `foldedBytes` of updates was replaced by a snapshot of `snapshotBytes`. */
  compacted(room: LiveRoom, snapshotBytes: number, foldedBytes: number): void {
    const size = this.sizeOf(room);
    size.snapshot = snapshotBytes;
    size.logged = Math.max(0, size.logged - foldedBytes);
  }

  /** The room's bytes in the store, as counted. */
  bytes(room: LiveRoom): number {
    const size = this.sizeOf(room);
    return size.snapshot + size.logged;
  }

  /** Bytes logged after the snapshot: what compacting could fold. */
  logged(room: LiveRoom): number {
    return this.sizeOf(room).logged;
  }

  forget(room: LiveRoom): void {
    this.rooms.delete(room.name.name);
  }

  private sizeOf(room: LiveRoom): RoomSize {
    let size = this.rooms.get(room.name.name);
    if (!size) {
      // Loaded by another extension's loadRoom: counted from here on.
      size = { snapshot: 0, logged: 0, reserved: 0, writes: 0, releasing: false };
      this.rooms.set(room.name.name, size);
    }
    return size;
  }

  // Next turn, what was accepted is either in a batch being written or was refused later on.
  private releaseSoon(size: RoomSize): void {
    if (size.releasing) return;
    size.releasing = true;
    setImmediate(() => {
      size.releasing = false;
      if (size.writes === 0) size.reserved = 0;
    });
  }
}
