import type { WebSocket } from 'ws';
import { roomsOfMap, type RoomName } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { CLOSE_GOING_AWAY, CLOSE_GONE, CLOSE_INTERNAL } from './closeCodes.ts';
import { connect } from './connection.ts';
import { Room } from './room.ts';

export interface RoomManagerOptions {
  store: Store;
  unloadDelayMs: number;
  compactEvery: number;
  log: (line: string) => void;
}

/** What a test or an operator can see of a loaded room. */
export interface RoomInfo {
  name: string;
  peers: number;
  pendingUpdates: number;
}

/** Loads rooms on first connect and unloads them a while after the last peer left. */
export class RoomManager {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: RoomManagerOptions) {}

  /** Connects an upgraded socket to its room, loading the room if needed. */
  join(name: RoomName, socket: WebSocket): void {
    if (this.closed) {
      socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
      return;
    }
    const room = this.load(name);
    this.cancelUnload(room);
    connect(socket, room, {
      onClose: (r) => this.leave(r),
      onStorageError: (r) => this.discard(r, CLOSE_INTERNAL, 'Storage failure'),
      log: this.options.log,
    });
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
    room.destroy();
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
  }
}
