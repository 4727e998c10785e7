import type { RawData, WebSocket } from 'ws';
import {
  CLOSE_INTERNAL,
  CLOSE_MALFORMED,
  CLOSE_TOO_FAST,
  CLOSE_TRY_LATER,
  closeReason,
} from './closeCodes.ts';
import { UpdateRejected, type Grant, type Peer } from './peer.ts';
import { ProtocolError, decodeClientMessage, encodeRefusal } from './protocol.ts';
import { RateLimitError } from './presence.ts';
import type { Room } from './room.ts';

/* One WebSocket client in one room. */

export interface ConnectionHooks {
  /** The socket closed; the room may now be empty. */
  onClose(room: Room): void;
  log(line: string): void;
  /**
   * Bytes that may wait in this connection's send buffer, besides a large message (the map)
   * still on its way; a connection over it is not reading and is closed (1013).
   */
  maxBufferedBytes: number;
  /** Counts bytes in and out (metrics). */
  traffic?: Traffic;
}

/** Where a connection reports the bytes it received and sent. */
export interface Traffic {
  received(bytes: number): void;
  sent(bytes: number): void;
}

/** Messages at least this big (a whole map) are counted apart from the send-buffer limit. */
const LARGE_MESSAGE = 2 ** 20;
/** How long a connection closed for not reading gets before its socket is cut. */
const OVERFLOW_GRACE_MS = 1000;

/** What the connection was granted at the upgrade. */
export interface PeerAccess {
  grant: Grant;
  canWrite: boolean;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

let lastPeerId = 0;

/** Joins `socket` to `room` and relays between them until the socket closes. */
export function connect(
  socket: WebSocket,
  room: Room,
  access: PeerAccess,
  hooks: ConnectionHooks,
): Peer {
  // Set once we decided to close: messages still buffered behind a bad one are ignored.
  let closing = false;
  // Bytes of large messages queued and not yet written out.
  let large = 0;
  const where = `room ${room.name.name}`;

  const peer: Peer = {
    id: ++lastPeerId,
    grant: access.grant,
    canWrite: access.canWrite,
    send(message, onSent) {
      if (socket.readyState !== socket.OPEN || closing) return;
      if (socket.bufferedAmount > large + hooks.maxBufferedBytes) {
        // It is not reading: what it is sent would pile up here. It alone goes.
        hooks.log(`${where}: closing a client that stopped reading`);
        peer.close(CLOSE_TRY_LATER, 'Try again later: this connection is not reading');
        setTimeout(() => socket.terminate(), OVERFLOW_GRACE_MS).unref();
        return;
      }
      hooks.traffic?.sent(message.length);
      // The common case (small, nobody waiting) allocates no callback: it runs per peer per update.
      if (message.length < LARGE_MESSAGE) {
        socket.send(message, onSent && (() => onSent()));
        return;
      }
      large += message.length;
      socket.send(message, () => {
        large -= message.length;
        onSent?.();
      });
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
      const bytes = toBytes(data);
      hooks.traffic?.received(bytes.length);
      room.receive(peer, decodeClientMessage(bytes));
    } catch (error) {
      if (error instanceof UpdateRejected) {
        peer.send(encodeRefusal(error.reason));
      } else if (error instanceof RateLimitError) {
        hooks.log(`${where}: closing a client: ${error.message}`);
        peer.close(CLOSE_TOO_FAST, `Too fast: ${error.message}`);
      } else if (error instanceof ProtocolError) {
        hooks.log(`${where}: closing a client: ${error.message}`);
        peer.close(CLOSE_MALFORMED, `Malformed message: ${error.message}`);
      } else {
        hooks.log(`${where}: ${(error as Error).stack ?? String(error)}`);
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
  socket.on('error', (error) => hooks.log(`${where}: socket error: ${error.message}`));

  try {
    room.addPeer(peer);
  } catch (error) {
    hooks.log(`${where}: ${(error as Error).stack ?? String(error)}`);
    peer.close(CLOSE_INTERNAL, 'Internal error');
  }
  return peer;
}
