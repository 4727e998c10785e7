import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Resources } from './helpers.ts';

/* Raw WebSocket clients for attacking the sync endpoint without the stock client's manners. */

/** Wraps `payload` as a y-websocket sync message: step 1 (0), step 2 (1) or update (2). */
export function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The reason of a y-protocols auth message (`[2, 0, reason]`), or null for other messages. */
export function authReason(message: Uint8Array): string | null {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== 2 || decoding.readVarUint(decoder) !== 0) return null;
  return decoding.readVarString(decoder);
}

/** A genuine update that writes `value` at `key` of the top-level map `name`. */
export function genuineUpdate(name: string, key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap(name).set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export interface RawClient {
  socket: WebSocket;
  /** Reasons of the auth messages received so far, e.g. "read-only". */
  notices: string[];
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a raw socket to `/collab/<room>?token=…` and waits until it is open. */
export async function rawClient(
  res: Resources,
  port: number,
  room: string,
  token: string,
): Promise<RawClient> {
  const url = `ws://localhost:${port}/collab/${room}?token=${encodeURIComponent(token)}`;
  const socket = res.track(new WebSocket(url), (s) => s.terminate());
  const notices: string[] = [];
  socket.on('message', (data: Buffer) => {
    const reason = authReason(new Uint8Array(data));
    if (reason !== null) notices.push(reason);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, notices, closed };
}

/** Opens a raw socket and reports how the upgrade was answered (101 when a socket opened). */
export function upgradeStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://localhost:${port}${path}`);
    socket.on('unexpected-response', (_req, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => {
      if (!error.message.includes('Unexpected server response')) reject(error);
    });
  });
}
