import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';

/* Misbehaving clients: raw sockets that send whatever they like and report how they were ended. */

export interface Closed {
  code: number;
  reason: string;
}

export interface Hostile {
  socket: WebSocket;
  /** Resolves with the close code and reason the server gave (1006 if it just hung up). */
  closed: Promise<Closed>;
}

/** Opens a WebSocket to `url` and resolves once it is open. */
export function openHostile(url: string): Promise<Hostile> {
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 64 * 2 ** 20 });
  const closed = new Promise<Closed>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  // The server may close mid-send; that is the expected outcome, not an error of the test.
  socket.on('error', () => {});
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('unexpected-response', (_req, res) =>
      reject(new Error(`upgrade refused: ${res.statusCode}`)),
    );
  });
}

/** Resolves with `closed`, or with code 0 if the server has not closed within `ms`. */
export function closedWithin(hostile: Hostile, ms: number): Promise<Closed> {
  return Promise.race([
    hostile.closed,
    new Promise<Closed>((resolve) =>
      setTimeout(() => resolve({ code: 0, reason: 'still open' }), ms),
    ),
  ]);
}

/** Tries a WebSocket upgrade and resolves with the HTTP status (101 if it was accepted). */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    socket.on('error', () => {});
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.terminate();
    });
  });
}

/** Opens `count` TCP connections that never send a byte. */
export async function idleSockets(port: number, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let i = 0; i < count; i++) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    sockets.push(socket);
  }
  await Promise.all(sockets.map((s) => new Promise((done) => s.once('connect', done))));
  return sockets;
}
