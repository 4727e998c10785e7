import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { parseRoomName, type RoomName } from '../ids.ts';
import type { Store } from '../store/store.ts';
import type { Authorize } from './authorize.ts';
import type { RoomManager } from './roomManager.ts';

const COLLAB_PREFIX = '/collab/';

export interface UpgradeDeps {
  wss: WebSocketServer;
  store: Store;
  rooms: RoomManager;
  authorize: Authorize;
}

/** Answers a refused upgrade with a plain HTTP error; no WebSocket is ever opened. */
function reject(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function roomOf(request: IncomingMessage): RoomName | null {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (!path.startsWith(COLLAB_PREFIX)) return null;
  let name: string;
  try {
    name = decodeURIComponent(path.slice(COLLAB_PREFIX.length));
  } catch {
    return null;
  }
  return parseRoomName(name);
}

/**
 * The http server's `upgrade` listener: room name → authorized → map exists → room.
 * Credentials are checked before existence, so a caller without them learns nothing about
 * which maps exist. Nothing here logs the request URL: it carries the token.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that vanishes mid-handshake must not crash the process.
    socket.on('error', () => socket.destroy());
    const room = roomOf(request);
    if (!room) {
      reject(socket, 404, 'No such map');
      return;
    }
    const auth = deps.authorize(request, room);
    if (!auth.ok) {
      reject(socket, auth.status, auth.message);
      return;
    }
    if (!deps.store.getMap(room.mapId)) {
      reject(socket, 404, 'No such map');
      return;
    }
    deps.wss.handleUpgrade(request, socket, head, (ws) => {
      deps.wss.emit('connection', ws, request);
      deps.rooms.join(room, ws, auth.access);
    });
  };
}
