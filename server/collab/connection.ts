import type { RawData, WebSocket } from 'ws';
import type { Role } from '../auth/roles.ts';
import { CLOSE_INTERNAL, CLOSE_MALFORMED, CLOSE_TOO_FAST, closeReason } from './closeCodes.ts';
import { ProtocolError, decodeClientMessage } from './protocol.ts';
import { RateLimitError } from './presence.ts';
import type { Peer, Room } from './room.ts';
import { StorageError } from './roomLog.ts';

/* One WebSocket client in one room. */

export interface ConnectionHooks {
  /** The socket closed; the room may now be empty. */
  onClose(room: Room): void;
  /** The store failed while handling this connection's message. */
  onStorageError(room: Room, error: StorageError): void;
  log(line: string): void;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** What the connection was granted at the upgrade. */
export interface PeerAccess {
  canWrite: boolean;
  linkId: string | null;
  role: Role;
}

/** Joins `socket` to `room` and relays between them until the socket closes. */
export function connect(
  socket: WebSocket,
  room: Room,
  access: PeerAccess,
  hooks: ConnectionHooks,
): Peer {
  // Set once we decided to close: messages still buffered behind a bad one are ignored.
  let closing = false;

  const peer: Peer = {
    canWrite: access.canWrite,
    linkId: access.linkId,
    role: access.role,
    send(message, onSent) {
      if (socket.readyState === socket.OPEN) socket.send(message, onSent && (() => onSent()));
    },
    close(code, reason) {
      if (closing) return;
      closing = true;
      room.removePeer(peer);
      socket.close(code, closeReason(reason));
    },
  };

  socket.on('message', (data, isBinary) => {
    if (closing) return;
    try {
      if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
      room.receive(peer, decodeClientMessage(toBytes(data)));
    } catch (error) {
      if (error instanceof StorageError) {
        hooks.log(`room ${room.name.name}: ${error.message}`);
        peer.close(CLOSE_INTERNAL, 'Storage failure');
        hooks.onStorageError(room, error);
      } else if (error instanceof RateLimitError) {
        hooks.log(`room ${room.name.name}: closing a client: ${error.message}`);
        peer.close(CLOSE_TOO_FAST, `Too fast: ${error.message}`);
      } else if (error instanceof ProtocolError) {
        hooks.log(`room ${room.name.name}: closing a client: ${error.message}`);
        peer.close(CLOSE_MALFORMED, `Malformed message: ${error.message}`);
      } else {
        hooks.log(`room ${room.name.name}: ${(error as Error).stack ?? String(error)}`);
        peer.close(CLOSE_INTERNAL, 'Internal error');
      }
    }
  });
  socket.on('close', () => {
    closing = true;
    room.removePeer(peer);
    hooks.onClose(room);
  });
  // ws reports protocol violations (e.g. a frame over maxPayload) here and closes itself.
  socket.on('error', (error) =>
    hooks.log(`room ${room.name.name}: socket error: ${error.message}`),
  );

  room.addPeer(peer);
  return peer;
}
