import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { setMeta } from '../../src/doc/index.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from '../test/helpers.ts';

/*
 * Slow clients (slowloris): Node's defaults keep a connection that trickles its headers for a
 * minute or more. The server cuts it off at headersTimeoutMs, and a trickled body at
 * requestTimeoutMs. Small timeouts here; the tests wait for the server to close the socket.
 */

const res = useResources();

interface Slow {
  /** What the server sent back. */
  received: () => string;
  /** Bytes this client managed to send. */
  sent: () => number;
  /** Resolves once the server ended the connection (the client never does). */
  ended: Promise<void>;
}

/** Opens a socket, sends `head` at once, then `drip` every 20 ms for as long as it is open. */
function slowClient(port: number, head: string, drip: string | null): Slow {
  const socket: Socket = res.track(connect(port, '127.0.0.1'), (s) => s.destroy());
  let received = '';
  let sent = 0;
  let open = true;
  socket.on('data', (data) => (received += data.toString()));
  socket.on('error', () => {});
  const ended = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  void ended.then(() => (open = false));
  const write = (text: string) => {
    if (open && socket.writable) socket.write(text, () => (sent += text.length));
  };
  socket.on('connect', () => {
    if (head) write(head);
    if (drip === null) return;
    const timer = setInterval(() => (open ? write(drip) : clearInterval(timer)), 20);
  });
  return { received: () => received, sent: () => sent, ended };
}

async function setup() {
  const dataDir = await tempDir(res);
  return startServer(res, { dataDir, headersTimeoutMs: 300, requestTimeoutMs: 600 });
}

describe('slow clients', () => {
  it('cuts off a client that trickles its headers, with a 408', async () => {
    const server = await setup();
    const slow = slowClient(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-a: b\r\n');
    await slow.ended;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
    // It was still sending when the server closed the connection.
    expect(slow.sent()).toBeGreaterThan('GET /healthz HTTP/1.1\r\nHost: x\r\n'.length);
  });

  it('cuts off a client that connects and says nothing', async () => {
    const server = await setup();
    const silent = slowClient(server.port, '', null);
    await silent.ended;
    expect(silent.sent()).toBe(0);
  });

  it('cuts off a client that trickles a body, with a 408', async () => {
    const server = await setup();
    const head =
      'POST /api/maps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
      `Authorization: Bearer ${server.workspaceKey}\r\nContent-Length: 100000\r\n\r\n`;
    const slow = slowClient(server.port, head, ' ');
    await slow.ended;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect((await api(server).get('/api/maps')).body.maps).toEqual([]);
  });

  it('leaves WebSocket connections and prompt requests alone', async () => {
    const server = await setup();
    const id = await api(server).createMap('Long session');
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    // A slow client being cut off shows that the server's timeouts have run meanwhile.
    // Three in a row: the sockets upgraded before are older than the request timeout by then.
    for (let i = 0; i < 3; i++)
      await slowClient(server.port, 'GET / HTTP/1.1\r\n', 'X-a: b\r\n').ended;
    setMeta(alice.doc, { title: 'Still connected' });
    await waitFor(() => expect(bob.doc.getMap('meta').get('title')).toBe('Still connected'));
    expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true);
    expect((await api(server).get('/healthz')).status).toBe(200);
  });
});
