import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addCard, readMap, setMeta } from '../src/doc/index.ts';
import { encodeAwareness } from './collab/protocol.ts';
import { upgradeStatus } from './test/rawClient.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

const res = useResources();

async function setup(config: { unloadDelayMs?: number } = {}) {
  const server = await startServer(res, { dataDir: await tempDir(res), ...config });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  return { server, http, id };
}

describe('sync endpoint', () => {
  it('makes two clients converge on concurrent edits', async () => {
    const { server, id } = await setup();
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    const { stages, lanes } = readMap(alice.doc);
    const cell = { stageId: stages[0]!.id, laneId: lanes[0]!.id };

    addCard(alice.doc, { ...cell, title: 'from alice' });
    addCard(bob.doc, { ...cell, title: 'from bob' });
    setMeta(bob.doc, { purpose: 'Find the drop-off' });

    await waitFor(() => {
      expect(readMap(alice.doc)).toEqual(readMap(bob.doc));
      expect(readMap(alice.doc).cards.map((c) => c.title)).toEqual(
        expect.arrayContaining(['from alice', 'from bob']),
      );
    });
    expect(readMap(alice.doc).meta.purpose).toBe('Find the drop-off');
  });

  it('gives a client that joins later the full map', async () => {
    const { server, http, id } = await setup();
    const alice = await syncedClient(res, server, id);
    const { stages, lanes } = readMap(alice.doc);
    for (let i = 0; i < 20; i++) {
      addCard(alice.doc, { stageId: stages[i % 3]!.id, laneId: lanes[0]!.id, title: `card ${i}` });
    }
    await waitFor(async () => {
      expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(readMap(alice.doc));
    });

    const carol = await syncedClient(res, server, id);
    expect(readMap(carol.doc)).toEqual(readMap(alice.doc));
  });

  it('relays awareness and removes it when a client leaves', async () => {
    const { server, id } = await setup();
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#e11d48' });
    const aliceId = alice.doc.clientID;

    await waitFor(() => {
      expect(bob.provider.awareness.getStates().get(aliceId)).toEqual({
        user: { name: 'Alice', color: '#e11d48' },
      });
    });
    // A client joining later is told who is there on connect.
    const carol = await syncedClient(res, server, id);
    await waitFor(() => expect(carol.provider.awareness.getStates().has(aliceId)).toBe(true));

    // Closing the socket without a goodbye: the server must clear Alice's presence.
    alice.provider.ws?.close();
    alice.provider.shouldConnect = false;
    await waitFor(() => expect(bob.provider.awareness.getStates().has(aliceId)).toBe(false));
  });

  it('keeps the comments document apart from the map content', async () => {
    const { server, id } = await setup();
    const alice = await syncedClient(res, server, `${id}.comments`);
    const bob = await syncedClient(res, server, `${id}.comments`);
    alice.doc.getMap('threads').set('t1', 'hello');
    await waitFor(() => expect(bob.doc.getMap('threads').get('t1')).toBe('hello'));
    const content = await syncedClient(res, server, id);
    expect(content.doc.getMap('threads').size).toBe(0);
  });

  it('answers unknown paths and unknown maps with HTTP 404 before any socket opens', async () => {
    const { server, id } = await setup();
    const key = `?token=${server.workspaceKey}`;
    expect(await upgradeStatus(server.port, `/collab/doesnotexist42${key}`)).toBe(404);
    expect(await upgradeStatus(server.port, `/collab/bad id!${key}`)).toBe(404);
    expect(await upgradeStatus(server.port, `/elsewhere${key}`)).toBe(404);
    expect(await upgradeStatus(server.port, `/collab/${id}.other${key}`)).toBe(404);
    expect(await upgradeStatus(server.port, `/collab/${id}${key}`)).toBe(101);
    // Without credentials, whether a map exists is not revealed.
    expect(await upgradeStatus(server.port, '/collab/doesnotexist42')).toBe(401);
  });

  it('unloads a room after its last client left, compacting first', async () => {
    const { server, http, id } = await setup({ unloadDelayMs: 20 });
    const alice = await syncedClient(res, server, id);
    setMeta(alice.doc, { title: 'Renamed' });
    await waitFor(() =>
      expect(server.rooms()).toEqual([
        { name: id, peers: 1, pendingUpdates: 1, storedBytes: expect.any(Number), loaded: true },
      ]),
    );

    alice.provider.destroy();
    await waitFor(() => expect(server.rooms()).toEqual([]));
    const exported = await http.get(`/api/maps/${id}/export`);
    expect(exported.body.meta.title).toBe('Renamed');
    expect(server.rooms()).toEqual([]);
  });

  it('terminates a peer that stops answering pings, and clears its presence', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res), pingIntervalMs: 200 });
    const id = await api(server).createMap('Keepalive');
    const bob = await syncedClient(res, server, id);
    const healthy = await syncedClient(res, server, id);
    let healthyDrops = 0;
    healthy.provider.on('connection-close', () => healthyDrops++);

    // A peer that went silent: it never answers a ping.
    const url = `ws://localhost:${server.port}/collab/${id}?token=${server.workspaceKey}`;
    const silent = new WebSocket(url, { autoPong: false });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await new Promise((resolve) => silent.on('open', resolve));
    const ghost = new Y.Doc();
    const presence = new Awareness(ghost);
    presence.setLocalState({ user: { name: 'Ghost' } });
    silent.send(encodeAwareness(presence, [ghost.clientID]));
    await waitFor(() => expect(bob.provider.awareness.getStates().has(ghost.clientID)).toBe(true));

    // 1006: the server cut the connection without a close handshake.
    expect(await closed).toBe(1006);
    await waitFor(() => expect(bob.provider.awareness.getStates().has(ghost.clientID)).toBe(false));
    expect(server.rooms()[0]?.peers).toBe(2);
    expect(healthyDrops).toBe(0);
    presence.destroy();
    ghost.destroy();
  });
});
