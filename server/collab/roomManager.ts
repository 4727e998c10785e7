import type { WebSocket } from 'ws';
import { roomsOfMap, type RoomName } from '../ids.ts';
import type { Store } from '../store/store.ts';
import type * as Y from 'yjs';
import { CLOSE_GOING_AWAY, CLOSE_GONE, CLOSE_INTERNAL, CLOSE_REVOKED } from './closeCodes.ts';
import { connect, type PeerAccess } from './connection.ts';
import { Room } from './room.ts';
import { StorageError } from './roomLog.ts';

/** Something that follows a loaded room's life (automatic versions do). */
export interface RoomWatcher {
  /** A connection closed (the room may have no editors left). */
  peerLeft(): void;
  /** The room is about to be compacted and unloaded. */
  beforeUnload(): void;
  /** The room is gone (unloaded or discarded). */
  stop(): void;
}

export interface RoomManagerOptions {
  store: Store;
  unloadDelayMs: number;
  compactEvery: number;
  log: (line: string) => void;
  /** Called for each room loaded; the watcher it returns (if any) follows that room. */
  watch?: (room: Room) => RoomWatcher | null;
}

/** What a test or an operator can see of a loaded room. */
export interface RoomInfo {
  name: string;
  peers: number;
  pendingUpdates: number;
  /** Whether the document was built (a room serving only stored bytes has not). */
  loaded: boolean;
}

/** Loads rooms on first connect and unloads them a while after the last peer left. */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private readonly watchers = new Map<Room, RoomWatcher>();
  private closed = false;

  constructor(private readonly options: RoomManagerOptions) {}

  /** Connects an upgraded socket to its room, loading the room if needed. */
  join(name: RoomName, socket: WebSocket, access: PeerAccess): void {
    if (this.closed) {
      socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      return;
    }
    const room = this.load(name);
    this.cancelUnload(room);
    connect(socket, room, access, {
      onClose: (r) => {
        this.watchers.get(r)?.peerLeft();
        this.leave(r);
      },
      onStorageError: (r) => this.discard(r, CLOSE_INTERNAL, 'Storage failure'),
      log: this.options.log,
    });
  }

  /**
   * Runs `change` on the room's document (loading the room if needed), so that its update
   * is stored and sent to every connected client like one from a client.
   */
  update<T>(name: RoomName, change: (doc: Y.Doc) => T): T {
    if (this.closed) throw new Error('Server shutting down');
    const room = this.load(name);
    try {
      return change(room.doc);
    } catch (error) {
      // Memory is now ahead of the store: drop the room so that nobody builds on it.
      if (error instanceof StorageError) this.discard(room, CLOSE_INTERNAL, 'Storage failure');
      throw error;
    } finally {
      // Loaded only for this change: unload it later like a room its last client left.
      this.leave(room);
    }
  }

  /** Disconnects every connection that authenticated with a (now revoked) share link. */
  closeLink(mapId: string, linkId: string): void {
    for (const { name } of roomsOfMap(mapId)) {
      this.rooms.get(name)?.closePeers(CLOSE_REVOKED, 'Link revoked', (p) => p.linkId === linkId);
    }
  }

  /** The loaded room of that name, without loading it. */
  peek(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Disconnects everyone from a map's rooms and drops them unsaved (the map is being deleted). */
  dropMap(mapId: string): void {
    for (const { name } of roomsOfMap(mapId)) {
      const room = this.rooms.get(name);
      if (room) this.discard(room, CLOSE_GONE, 'Map deleted');
    }
  }

  info(): RoomInfo[] {
    return [...this.rooms.values()].map((room) => ({
      name: room.name.name,
      peers: room.peerCount,
      pendingUpdates: room.pendingUpdates,
      loaded: room.loaded,
    }));
  }

  /** Closes every connection, compacts every room and unloads it. */
  closeAll(): void {
    this.closed = true;
    for (const room of [...this.rooms.values()]) {
      room.closePeers(CLOSE_GOING_AWAY, 'Server shutting down');
      this.unload(room);
    }
  }

  private load(name: RoomName): Room {
    let room = this.rooms.get(name.name);
    if (!room) {
      const { store, compactEvery, log } = this.options;
      room = new Room(name, store, { compactEvery, log });
      this.rooms.set(name.name, room);
      const watcher = this.options.watch?.(room);
      if (watcher) this.watchers.set(room, watcher);
    }
    return room;
  }

  private leave(room: Room): void {
    if (this.rooms.get(room.name.name) !== room || room.peerCount > 0) return;
    this.cancelUnload(room);
    const timer = setTimeout(() => this.unload(room), this.options.unloadDelayMs);
    this.unloadTimers.set(room, timer);
  }

  private unload(room: Room): void {
    this.watchers.get(room)?.beforeUnload();
    room.flush();
    this.remove(room);
  }

  // Drops a room without compacting: its memory is either unwanted or not trusted.
  private discard(room: Room, code: number, reason: string): void {
    room.closePeers(code, reason);
    this.remove(room);
  }

  private remove(room: Room): void {
    this.cancelUnload(room);
    if (this.rooms.get(room.name.name) === room) this.rooms.delete(room.name.name);
    this.watchers.get(room)?.stop();
    this.watchers.delete(room);
    room.destroy();
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
  }
}
