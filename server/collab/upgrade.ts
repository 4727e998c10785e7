import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { parseRoomName, type RoomName } from '../ids.ts';
import type { ConnectionCaps } from './connectionCaps.ts';
import type { PeerAccess } from './connection.ts';
import type { RoomManager } from './roomManager.ts';

const COLLAB_PREFIX = '/collab/';

/** Why a connection was refused, as an HTTP status and message. */
export interface Refusal {
  status: number;
  message: string;
}

/** What a connection presents: its credential and, once joined, its participant token. */
export interface Presented {
  token: string | null;
  participant: string | null;
}

/** Decides whether the holder of `presented` may open `room`; core of the upgrade. */
export type AuthorizeRoom = (presented: Presented, room: RoomName) => Promise<PeerAccess | Refusal>;

export interface UpgradeDeps {
  wss: WebSocketServer;
  rooms: RoomManager;
  authorize: AuthorizeRoom;
  caps: ConnectionCaps;
  log: (line: string) => void;
}

/** Answers a refused upgrade with a plain HTTP error; no WebSocket is ever opened. */
function reject(socket: Duplex, { status, message }: Refusal): void {
  if (socket.destroyed) return;
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
 * Browsers cannot set headers on a WebSocket, so the key or link token comes as `?token=`
 * and the participant token as `?participant=`.
 */
export function presentedBy(request: IncomingMessage): Presented {
  const params = new URL(request.url ?? '/', 'http://localhost').searchParams;
  return { token: params.get('token'), participant: params.get('participant') };
}

/**
 * The http server's `upgrade` listener: room name → authorized (credentials are checked
 * before existence, so a caller without them learns nothing about which maps exist) → room
 * loaded → WebSocket. Nothing here logs the request URL: it carries the token.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const upgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const name = roomOf(request);
    if (!name) return reject(socket, { status: 404, message: 'No such map' });
    const access = await deps.authorize(presentedBy(request), name);
    if ('status' in access) return reject(socket, access);
    const counted = deps.caps.take(access.grant.linkId, request.socket.remoteAddress ?? '');
    if ('refused' in counted) return reject(socket, { status: 429, message: counted.refused });
    // Counted until the socket closes, however that happens.
    socket.once('close', counted.release);
    const room = await deps.rooms.acquire(name);
    if (socket.destroyed) return deps.rooms.release(room);
    let joined = false;
    // ws destroys a socket that closed meanwhile without calling back: release it then.
    socket.once('close', () => {
      if (!joined) deps.rooms.release(room);
    });
    deps.wss.handleUpgrade(request, socket, head, (ws) => {
      joined = true;
      ws.once('close', counted.release);
      deps.wss.emit('connection', ws, request);
      deps.rooms.join(room, ws, access);
      deps.rooms.release(room);
    });
  };

  return (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // A client that vanishes mid-handshake must not crash the process.
    socket.on('error', () => socket.destroy());
    upgrade(request, socket, head).catch((error: unknown) => {
      deps.log(`upgrade failed: ${(error as Error).stack ?? String(error)}`);
      reject(socket, { status: 503, message: 'The map could not be opened; try again' });
    });
  };
}
