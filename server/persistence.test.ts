import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readMap, readThreads, setMeta } from '../src/doc/index.ts';
import { commenter } from './test/participants.ts';
import { watchedStore } from './test/stores.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

const res = useResources();

describe('persistence', () => {
  it('keeps maps, content and comments across a restart, after compaction ran', async () => {
    const dataDir = await tempDir(res);
    const first = await startServer(res, { dataDir, compactEvery: 5 });
    const id = await api(first).createMap('Onboarding');
    const alice = await syncedClient(res, first, id);
    const notes = await syncedClient(res, first, `${id}.comments`);
    const { stages, lanes } = readMap(alice.doc);
    for (let i = 0; i < 23; i++) {
      addCard(alice.doc, { stageId: stages[0]!.id, laneId: lanes[i % 2]!.id, title: `c${i}` });
    }
    setMeta(alice.doc, { title: 'Onboarding v2' });
    const ann = await commenter(first, id, 'Ann');
    for (let i = 0; i < 8; i++)
      await ann.comments.start({ anchor: { kind: 'map' }, text: `note ${i}` });

    await waitFor(async () => {
      const exported = (await api(first).get(`/api/maps/${id}/export`)).body;
      expect(exported).toEqual(readMap(alice.doc));
    });
    const watcher = await syncedClient(res, first, `${id}.comments`);
    await waitFor(() => expect(readThreads(watcher.doc)).toHaveLength(8));
    // 24 content and 8 comment updates were logged: both rooms have been compacted.
    await waitFor(() => {
      for (const room of first.rooms()) expect(room.pendingUpdates).toBeLessThanOrEqual(5);
      expect(first.rooms()).toHaveLength(2);
    });
    const expected = readMap(alice.doc);
    const expectedNotes = readThreads(notes.doc);
    alice.provider.destroy();
    notes.provider.destroy();
    watcher.provider.destroy();
    await first.close();

    const second = await startServer(res, { dataDir });
    const http = api(second);
    expect((await http.get(`/api/maps/${id}`)).body).toMatchObject({
      id,
      title: 'Onboarding v2',
    });
    expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(expected);
    const bob = await syncedClient(res, second, id);
    expect(readMap(bob.doc)).toEqual(expected);
    const bobNotes = await syncedClient(res, second, `${id}.comments`);
    expect(readThreads(bobNotes.doc)).toEqual(expectedNotes);
  });

  it('loads a room from a log of updates that was never compacted', async () => {
    const dataDir = await tempDir(res);
    const first = await startServer(res, { dataDir, compactEvery: 1000 });
    const id = await api(first).createMap('Support');
    const alice = await syncedClient(res, first, id);
    const { stages, lanes } = readMap(alice.doc);
    for (let i = 0; i < 10; i++) {
      addCard(alice.doc, { stageId: stages[1]!.id, laneId: lanes[1]!.id, title: `t${i}` });
    }
    await waitFor(() => expect(first.rooms()[0]?.pendingUpdates).toBe(10));
    const expected = Y.encodeStateVector(alice.doc);
    alice.provider.destroy();
    await first.close();

    const second = await startServer(res, { dataDir });
    const bob = await syncedClient(res, second, id);
    expect(Y.encodeStateVector(bob.doc)).toEqual(expected);
  });

  it('keeps the map title and edit time in the maps list in step with the document', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res) });
    const http = api(server);
    const first = await http.createMap('First');
    const second = await http.createMap('Second');
    const alice = await syncedClient(res, server, first);

    // Edit until the edit time is visibly later than the second map's creation.
    let round = 0;
    const listed = async () =>
      (await http.get('/api/maps')).body.maps as { id: string; title: string }[];
    await waitFor(async () => {
      const title = `First, edit ${++round}`;
      setMeta(alice.doc, { title });
      // Listed as soon as the server has stored the edit.
      await waitFor(async () =>
        expect((await listed()).find((m) => m.id === first)?.title).toBe(title),
      );
      expect((await listed()).map((m) => m.id)).toEqual([first, second]);
    });
    const { body } = await http.get(`/api/maps/${first}`);
    expect(body.title).toBe(`First, edit ${round}`);
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(Date.parse(body.createdAt));
  });
});

describe('storage failure', () => {
  it('drops the room and its clients, and loses nothing once storage is back', async () => {
    const dataDir = await tempDir(res);
    const { store, fail } = await watchedStore(dataDir);
    const server = await startServer(res, { dataDir, store });
    const http = api(server);
    const id = await http.createMap('Fragile');
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    const drops: number[] = [];
    alice.provider.on('connection-close', (event) => drops.push(event?.code ?? 0));

    fail.append = true;
    setMeta(alice.doc, { purpose: 'Written while the disk was full' });
    await waitFor(() => expect(drops).toContain(1011));
    // Nobody saw an edit that was not stored.
    expect(readMap(bob.doc).meta.purpose).toBe('');

    fail.append = false;
    // The clients reconnect by themselves and Alice's edit reaches the store and Bob.
    await waitFor(() =>
      expect(readMap(bob.doc).meta.purpose).toBe('Written while the disk was full'),
    );
    alice.provider.destroy();
    bob.provider.destroy();
    await server.close();
    const again = await startServer(res, { dataDir });
    const exported = (await api(again).get(`/api/maps/${id}/export`)).body;
    expect(exported.meta.purpose).toBe('Written while the disk was full');
  });
});
