import { Socket, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readMap, setMeta } from '../src/doc/index.ts';
import { TEST_STORE, databaseFor } from './test/engine.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

/*
 * PostgreSQL going away: the server stops acknowledging (edits stay in the clients, which
 * resend them), says so in /healthz, and recovers by itself. The database is reached through
 * a TCP relay the test can cut, as a network partition would.
 */

const res = useResources();

/** A TCP relay to `target` that can be cut (connections dropped, new ones refused) and mended. */
async function relay(target: URL) {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createServer((socket) => {
    if (!open) return socket.destroy();
    const upstream = new Socket();
    upstream.connect(Number(target.port || 5432), target.hostname);
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  res.track(server, (s) => s.close());
  const { port } = server.address() as { port: number };
  return {
    url: (database: string) => {
      const url = new URL(database);
      url.host = `127.0.0.1:${port}`;
      return url.href;
    },
    cut() {
      open = false;
      for (const socket of sockets) socket.destroy();
    },
    mend() {
      open = true;
    },
  };
}

describe.runIf(TEST_STORE === 'postgres')('PostgreSQL unreachable', () => {
  it('stops acknowledging, reports 503, and recovers with every edit', async () => {
    const dataDir = await tempDir(res);
    const database = new URL((await databaseFor(dataDir))!);
    const cable = await relay(database);
    const server = await startServer(res, { dataDir, databaseUrl: cable.url(database.href) });
    const id = await api(server).createMap('Outage', 'ecommerce');
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    const healthz = () => fetch(`http://localhost:${server.port}/healthz`);
    const before = readMap(bob.doc).meta.purpose;

    cable.cut();
    setMeta(alice.doc, { purpose: 'Written while the database was away' });
    await waitFor(async () => expect((await healthz()).status).toBe(503));
    expect(((await (await healthz()).json()) as { reason: string }).reason).toMatch(/postgres/);
    // Nobody was told of an edit the database did not take.
    expect(readMap(bob.doc).meta.purpose).toBe(before);

    cable.mend();
    await waitFor(async () => expect((await healthz()).status).toBe(200), { timeoutMs: 20_000 });
    await waitFor(
      () => expect(readMap(bob.doc).meta.purpose).toBe('Written while the database was away'),
      { timeoutMs: 30_000 },
    );
    const fresh = await syncedClient(res, server, id);
    expect(readMap(fresh.doc).meta.purpose).toBe('Written while the database was away');
  });
});
