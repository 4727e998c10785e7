import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every client each interval and terminates those that did not answer the
 * previous ping: a peer that vanished without a close frame must not hold its room.
 * Returns the function that stops it.
 */
export function startKeepalive(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  const markAlive = (socket: WebSocket) => () => alive.add(socket);
  const onConnection = (socket: WebSocket) => {
    alive.add(socket);
    socket.on('pong', markAlive(socket));
  };
  wss.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
}
