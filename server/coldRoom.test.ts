import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readMap, updateCard } from '../src/doc/index.ts';
import { openSqliteStore } from './store/sqlite/index.ts';
import { TEST_STORE } from './test/engine.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

/*
 * A room whose store holds a snapshot with its state vector serves fresh clients the stored
 * bytes before building its document. Nothing about that may be visible to clients.
 */

const res = useResources();

/** A map with a few cards, edited and compacted by a first server that is then closed. */
async function storedMap() {
  const dataDir = await tempDir(res);
  const first = await startServer(res, { dataDir });
  const id = await api(first).createMap('Cold', 'ecommerce');
  const alice = await syncedClient(res, first, id);
  const { stages, lanes } = readMap(alice.doc);
  for (let i = 0; i < 5; i++)
    addCard(alice.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: `stored ${i}` });
  await waitFor(() => expect(first.rooms()[0]?.pendingUpdates).toBe(5));
  const offline = alice.doc;
  alice.provider.destroy();
  await first.close(); // compacts: one snapshot with its vector, nothing logged after it
  return { dataDir, id, offline, cell: { stageId: stages[0]!.id, laneId: lanes[0]!.id } };
}

describe('a cold room', () => {
  it('gives fresh clients the stored map and keeps edits made at once', async () => {
    const { dataDir, id, offline, cell } = await storedMap();
    const server = await startServer(res, { dataDir });

    const bob = await syncedClient(res, server, id);
    expect(readMap(bob.doc)).toEqual(readMap(offline));
    addCard(bob.doc, { ...cell, title: 'straight after loading' });
    const carol = await syncedClient(res, server, id);
    await waitFor(() => expect(readMap(carol.doc)).toEqual(readMap(bob.doc)));
    expect(readMap(carol.doc).cards.map((c) => c.title)).toContain('straight after loading');

    const expected = readMap(bob.doc);
    bob.provider.destroy();
    carol.provider.destroy();
    await server.close();
    const again = await startServer(res, { dataDir });
    expect((await api(again).get(`/api/maps/${id}/export`)).body).toEqual(expected);
  });

  it('merges a client that comes back with offline edits', async () => {
    const { dataDir, id, offline } = await storedMap();
    const card = readMap(offline).cards[0]!;
    updateCard(offline, card.id, { title: 'edited offline' });
    const server = await startServer(res, { dataDir });

    // The same document as before the restart, with its offline edit, on a new connection.
    await syncedClient(res, server, id, server.workspaceKey, offline);
    const fresh = await syncedClient(res, server, id);
    await waitFor(() => expect(readMap(fresh.doc)).toEqual(readMap(offline)));
    expect(readMap(fresh.doc).cards.find((c) => c.id === card.id)?.title).toBe('edited offline');
  });

  it('serves read-only visitors without building the document, until someone edits', async () => {
    const { dataDir, id, offline, cell } = await storedMap();
    const server = await startServer(res, { dataDir });
    const link = await api(server).createLink(id, 'viewer');

    const viewer = await syncedClient(res, server, id, link.token);
    expect(readMap(viewer.doc)).toEqual(readMap(offline));
    expect(server.rooms()).toEqual([expect.objectContaining({ name: id, loaded: false })]);

    const editor = await syncedClient(res, server, id);
    addCard(editor.doc, { ...cell, title: 'first edit of the day' });
    await waitFor(() => expect(readMap(viewer.doc)).toEqual(readMap(editor.doc)));
    expect(server.rooms()).toEqual([expect.objectContaining({ name: id, loaded: true })]);
  });

  // A SQLite file from an older version: PostgreSQL databases began with vectors.
  it.skipIf(TEST_STORE !== 'sqlite')(
    'opens a database written before snapshots kept their state vector',
    async () => {
      const dataDir = await tempDir(res);
      const old = new Database(join(dataDir, 'trailmap.db'));
      old.exec(`CREATE TABLE snapshots (room TEXT PRIMARY KEY, data BLOB NOT NULL,
      through_id INTEGER NOT NULL, created_at INTEGER NOT NULL)`);
      const doc = new Y.Doc();
      doc.getMap('meta').set('title', 'Old');
      old
        .prepare('INSERT INTO snapshots VALUES (?, ?, 0, 0)')
        .run('m1', Y.encodeStateAsUpdate(doc));
      old.close();

      const store = openSqliteStore(dataDir);
      const data = await store.log.load('m1');
      expect(data.snapshotVector).toBeNull();
      const state = Y.encodeStateAsUpdate(doc);
      const vector = Y.encodeStateVector(doc);
      expect(await store.log.compact('m1', { state, vector, covered: [], after: 0 })).toBe(true);
      const stored = (await store.log.load('m1')).snapshotVector;
      expect(stored && new Uint8Array(stored)).toEqual(vector);
      await store.close();
    },
  );
});
