import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { readMap, setMeta, updateCard } from '../src/doc/index.ts';
import type { ServerConfig } from './createServer.ts';
import { syncMessage, upgradeStatus } from './test/rawClient.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

/* What one link or one connection may hold of the server: sockets, and bytes waiting in them. */

const res = useResources();
const MiB = 2 ** 20;

async function setup(config: Partial<ServerConfig> = {}) {
  const server = await startServer(res, { dataDir: await tempDir(res), ...config });
  const http = api(server);
  const id = await http.createMap('Big map', 'ecommerce');
  const viewer = (await http.createLink(id, 'viewer')).token;
  return { server, http, id, viewer };
}

/** A socket that asks for the whole map and then stops reading (its TCP socket paused). */
async function stalledReader(port: number, room: string, token: string) {
  const url = `ws://localhost:${port}/collab/${room}?token=${encodeURIComponent(token)}`;
  const socket = res.track(new WebSocket(url), (s) => s.terminate());
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(syncMessage(0, Y.encodeStateVector(new Y.Doc())));
  // ws's own socket: pausing it stops reading from the kernel, as a stuck client would.
  (socket as unknown as { _socket: { pause(): void } })._socket.pause();
  return socket;
}

const roomOf = (server: Awaited<ReturnType<typeof setup>>['server'], id: string) =>
  server.rooms().find((room) => room.name === id);

describe('what one connection may hold', () => {
  it('encodes a large map once for any number of fresh clients that do not read', async () => {
    const { server, id, viewer } = await setup();
    const editor = await syncedClient(res, server, id);
    setMeta(editor.doc, { purpose: 'p'.repeat(3 * MiB) });
    await waitFor(async () => expect((await api(server).get(`/api/maps/${id}`)).status).toBe(200));
    await waitFor(() => expect(roomOf(server, id)?.peers).toBe(1));
    const before = roomOf(server, id)!.wholeStateEncodes as number;

    const readers = [];
    for (let i = 0; i < 40; i++) readers.push(await stalledReader(server.port, id, viewer));
    await waitFor(() => expect(roomOf(server, id)?.peers).toBe(41));
    // Forty answers of 3 MiB, one encoding: the server holds one copy of the map, not forty.
    expect((roomOf(server, id)!.wholeStateEncodes as number) - before).toBeLessThanOrEqual(1);
    // And it still serves: a new reader gets the whole map.
    const fresh = await syncedClient(res, server, id, viewer);
    expect(readMap(fresh.doc).meta.purpose).toHaveLength(3 * MiB);
  });

  it('closes a connection that stops reading, and nobody else', async () => {
    const maxBufferedBytes = 256 * 1024;
    const { server, id, viewer } = await setup({ maxBufferedBytes });
    const editor = await syncedClient(res, server, id);
    const reader = await syncedClient(res, server, id, viewer);
    const stuck = await stalledReader(server.port, id, viewer);
    await waitFor(() => expect(roomOf(server, id)?.peers).toBe(3));

    // Edits flow until the stuck socket's buffers (the kernel's, then ours) overflow.
    const card = readMap(editor.doc).cards[0]!.id;
    let round = 0;
    await waitFor(
      async () => {
        for (let i = 0; i < 20; i++)
          updateCard(editor.doc, card, { title: `${++round} ${'d'.repeat(64 * 1024)}` });
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(roomOf(server, id)?.peers).toBe(2);
      },
      { timeoutMs: 30_000 },
    );
    // The reader that reads got everything; the stuck one was dropped, not the room.
    await waitFor(() =>
      expect(readMap(reader.doc).cards[0]!.title.startsWith(`${round} `)).toBe(true),
    );
    expect(roomOf(server, id)?.peers).toBe(2);
    stuck.terminate();
  });

  it('caps open connections per link and per address', async () => {
    const { server, http, id, viewer } = await setup({
      maxConnectionsPerLink: 3,
      maxConnectionsPerAddress: 5,
    });
    const other = (await http.createLink(id, 'viewer')).token;
    const path = (token: string) => `/collab/${id}?token=${token}`;
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await syncedClient(res, server, id, viewer));
    expect(await upgradeStatus(server.port, path(viewer))).toBe(429);
    // Another link has its own count, until the address as a whole is full.
    open.push(await syncedClient(res, server, id, other));
    open.push(await syncedClient(res, server, id, other));
    expect(await upgradeStatus(server.port, path(other))).toBe(429);
    // Closing one frees its place.
    open[0]!.provider.destroy();
    await waitFor(async () => expect(await upgradeStatus(server.port, path(viewer))).toBe(101));
  });
});
