import type { WebSocket } from 'ws';
import type * as Y from 'yjs';
import type { ControlEvent, RoomBus, RoomMessage } from '../bus/bus.ts';
import { roomsOfMap, type RoomName } from '../ids.ts';
import type { Pipeline } from '../pipeline.ts';
import { CLOSE_GOING_AWAY, CLOSE_GONE, CLOSE_INTERNAL, CLOSE_REVOKED } from './closeCodes.ts';
import { connect, type PeerAccess, type Traffic } from './connection.ts';
import { Room } from './room.ts';

export interface RoomManagerOptions {
  pipeline: Pipeline;
  bus: RoomBus;
  unloadDelayMs: number;
  /** Bytes that may wait in one connection's send buffer (see connection.ts). */
  maxBufferedBytes: number;
  traffic?: Traffic;
  log: (line: string) => void;
}

/** What a test or an operator can see of a loaded room. */
export interface RoomInfo {
  name: string;
  peers: number;
  /** Whether the document was built (a room serving only stored bytes has not). */
  loaded: boolean;
  /** Figures the extensions add (e.g. `pendingUpdates`, logged since the last snapshot). */
  [figure: string]: string | number | boolean;
}

interface Entry {
  room: Room;
  /** Holds besides connections (an HTTP change under way, an upgrade being completed). */
  holds: number;
  unloadTimer: NodeJS.Timeout | null;
  unsubscribe: () => void;
  /** A catch-up from the store under way, and whether another was asked for meanwhile. */
  catchingUp: Promise<void> | null;
  catchUpAgain: boolean;
}

/** Catch-ups of one room are this far apart at least (a client's pending data may ask often). */
const CATCH_UP_SPACING_MS = 1000;

/**
 * Loads rooms when first needed and unloads them a while after the last peer left. A room
 * listens on the bus before it reads the store, so that nothing another process stores
 * while it loads is missed (what it hears meanwhile is applied after loading, twice at worst,
 * which Yjs ignores).
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** Rooms being unloaded: a room loads again only once they are done. */
  private readonly unloading = new Map<string, Promise<void>>();
  private stopControl: (() => void) | null = null;
  private stopResume: (() => void) | null = null;
  private closed = false;

  constructor(private readonly options: RoomManagerOptions) {}

  /** Starts listening to control events from other processes. */
  async start(): Promise<void> {
    this.stopControl = await this.options.bus.onControl((event) => this.handle(event));
    this.stopResume = this.options.bus.onResume(() => void this.resync());
  }

  /** Loads the room if needed and holds it loaded until `release`. */
  async acquire(name: RoomName): Promise<Room> {
    if (this.closed) throw new Error('Server shutting down');
    const entry = await this.entryOf(name);
    entry.holds++;
    this.cancelUnload(entry);
    return entry.room;
  }

  /** Ends a hold taken with `acquire`. */
  release(room: Room): void {
    const entry = this.entries.get(room.name.name);
    if (!entry || entry.room !== room) return;
    entry.holds--;
    this.leave(entry);
  }

  /** Connects an upgraded socket to a room held with `acquire` (the hold stays the caller's). */
  join(room: Room, socket: WebSocket, access: PeerAccess): void {
    if (this.closed) {
      socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      return;
    }
    connect(socket, room, access, {
      onClose: (r) => {
        const entry = this.entries.get(r.name.name);
        if (entry?.room === r) this.leave(entry);
      },
      log: this.options.log,
      maxBufferedBytes: this.options.maxBufferedBytes,
      traffic: this.options.traffic,
    });
  }

  /**
   * Runs `change` on the room's document (loading the room if needed) on behalf of `actor`,
   * so that its update is stored and sent to every client like one from a client; resolves
   * once it is stored.
   */
  async update<T>(name: RoomName, change: (doc: Y.Doc) => T, actor: string | null = null) {
    const room = await this.acquire(name);
    try {
      return await room.change(actor, change);
    } finally {
      this.release(room);
    }
  }

  /** The loaded room of that name, without loading it. */
  peek(name: string): Room | undefined {
    return this.entries.get(name)?.room;
  }

  /**
   * Disconnects, on every process, the connections that used a (now revoked) share link or
   * token; `mapId` null: on every map (a workspace-wide token).
   */
  closeLink(mapId: string | null, linkId: string): void {
    const event: ControlEvent = { type: 'link-revoked', mapId, linkId };
    this.handle(event);
    this.options.bus.control(event);
  }

  /** Disconnects everyone from a map's rooms, on every process, and drops them unsaved. */
  dropMap(mapId: string): void {
    const event: ControlEvent = { type: 'map-deleted', mapId };
    this.handle(event);
    this.options.bus.control(event);
  }

  info(): RoomInfo[] {
    return [...this.entries.values()].map(({ room }) => ({
      ...this.options.pipeline.describe(room),
      name: room.name.name,
      peers: room.peerCount,
      loaded: room.loaded,
      wholeStateEncodes: room.wholeStateEncodes,
    }));
  }

  /** Closes every connection and unloads every room (extensions store what they keep). */
  async closeAll(): Promise<void> {
    this.closed = true;
    this.stopControl?.();
    this.stopResume?.();
    await Promise.allSettled(this.loading.values());
    const entries = [...this.entries.values()];
    for (const { room } of entries) room.closePeers(CLOSE_GOING_AWAY, 'Server shutting down');
    await Promise.all(entries.map((entry) => this.unload(entry)));
  }

  // After a bus outage: every room catches up from the store and says again what it holds.
  private async resync(): Promise<void> {
    for (const entry of [...this.entries.values()]) {
      this.catchUp(entry);
      await entry.catchingUp;
      this.announce(entry.room);
    }
  }

  // Whoever serves the room elsewhere tells us who is there, and catches up if we hold more.
  private announce(room: Room): void {
    this.options.bus.publish(room.name.name, { type: 'joined', stateVector: room.stateVector() });
  }

  // Applies what the store holds that the room lacks; one at a time per room, spaced out.
  private catchUp(entry: Entry): void {
    if (entry.catchingUp) {
      entry.catchUpAgain = true;
      return;
    }
    const { room } = entry;
    const current = () => this.entries.get(room.name.name) === entry;
    entry.catchingUp = (async () => {
      do {
        entry.catchUpAgain = false;
        // A cold room's stored state is what it loaded: build it, then apply what came since.
        void room.doc;
        await this.options.pipeline.resync(room);
        if (entry.catchUpAgain) await new Promise((r) => setTimeout(r, CATCH_UP_SPACING_MS));
      } while (entry.catchUpAgain && current());
    })()
      .catch((error: unknown) => {
        this.options.log(`room ${room.name.name}: catching up failed: ${(error as Error).message}`);
      })
      .finally(() => (entry.catchingUp = null));
  }

  private handle(event: ControlEvent): void {
    const names =
      event.mapId === null
        ? [...this.entries.keys()]
        : roomsOfMap(event.mapId).map(({ name }) => name);
    for (const name of names) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      if (event.type === 'link-revoked')
        entry.room.closePeers(
          CLOSE_REVOKED,
          'Link revoked',
          (p) => p.grant.linkId === event.linkId,
        );
      else this.discard(entry, CLOSE_GONE, 'Map deleted');
    }
  }

  private async entryOf(name: RoomName): Promise<Entry> {
    const entry = this.entries.get(name.name);
    if (entry) return entry;
    let loading = this.loading.get(name.name);
    if (!loading) {
      loading = this.load(name).finally(() => this.loading.delete(name.name));
      this.loading.set(name.name, loading);
    }
    return loading;
  }

  private async load(name: RoomName): Promise<Entry> {
    await this.unloading.get(name.name);
    const { pipeline, bus } = this.options;
    let room: Room | null = null;
    const heard: RoomMessage[] = [];
    const unsubscribe = await bus.subscribe(name.name, (message) => {
      if (room) room.hear(message);
      else heard.push(message);
    });
    let data;
    try {
      data = await pipeline.loadRoom(name);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    room = new Room(
      name,
      data ?? { snapshot: null, snapshotVector: null, updates: [], lastSeq: 0, snapshotSeq: 0 },
      {
        pipeline,
        bus,
        onStorageFailure: (r, error) => {
          this.options.log(`room ${r.name.name}: storing failed: ${(error as Error).message}`);
          const failed = this.entries.get(r.name.name);
          if (failed?.room === r) this.discard(failed, CLOSE_INTERNAL, 'Storage failure');
        },
        onBehind: (r) => {
          const behind = this.entries.get(r.name.name);
          if (behind?.room === r) this.catchUp(behind);
        },
      },
    );
    const entry: Entry = {
      room,
      holds: 0,
      unloadTimer: null,
      unsubscribe,
      catchingUp: null,
      catchUpAgain: false,
    };
    this.entries.set(name.name, entry);
    for (const message of heard) room.hear(message);
    this.announce(room);
    return entry;
  }

  private leave(entry: Entry): void {
    if (this.entries.get(entry.room.name.name) !== entry) return;
    if (entry.room.peerCount > 0 || entry.holds > 0) return;
    this.cancelUnload(entry);
    entry.unloadTimer = setTimeout(() => void this.unload(entry), this.options.unloadDelayMs);
  }

  private async unload(entry: Entry): Promise<void> {
    const name = entry.room.name.name;
    if (this.entries.get(name) !== entry) return;
    this.cancelUnload(entry);
    // Gone from the list at once: whoever comes now waits for this unload, then loads afresh.
    this.entries.delete(name);
    const done = (async () => {
      try {
        await entry.room.durable();
      } catch {
        // Storing failed: the room is dropped, not saved; the extensions hear afterUnload.
      }
      await this.options.pipeline.beforeUnload(entry.room);
      this.remove(entry);
    })();
    this.unloading.set(name, done);
    await done;
    if (this.unloading.get(name) === done) this.unloading.delete(name);
  }

  // Drops a room without saving: its memory is either unwanted or not trusted.
  private discard(entry: Entry, code: number, reason: string): void {
    entry.room.closePeers(code, reason);
    if (this.entries.get(entry.room.name.name) === entry) this.entries.delete(entry.room.name.name);
    this.remove(entry);
  }

  private remove(entry: Entry): void {
    this.cancelUnload(entry);
    entry.unsubscribe();
    entry.room.destroy();
    this.options.pipeline.afterUnload(entry.room);
  }

  private cancelUnload(entry: Entry): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
  }
}
