import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { templateMap } from '../../../src/doc/index.ts';
import { api, startServer, tempDir, useResources, waitFor } from '../../test/helpers.ts';
import { rawClient, syncMessage, type RawClient } from '../../test/rawClient.ts';
import { TEST_STORE } from '../../test/engine.ts';
import { storedBytes, watchedStore } from '../../test/stores.ts';
import type { Store } from '../../store/store.ts';

/* MAX_MAP_BYTES: no import and no client update takes a map's stored data over the limit. */

const res = useResources();
const MiB = 2 ** 20;

/** An update from a client of its own that sets `meta[key]` to `bytes` characters. */
function junkUpdate(bytes: number, fill: string, key = 'junk'): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set(key, fill.repeat(bytes));
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Every file of the data folder (database, WAL), in bytes. */
async function folderBytes(dir: string): Promise<number> {
  let sum = 0;
  for (const name of await readdir(dir)) sum += (await stat(join(dir, name))).size;
  return sum;
}

/** The room's document as stored: its meta keys and the SHA-256 of its encoded state. */
async function storedState(store: Store, room: string) {
  const { snapshot, updates } = await store.log.load(room);
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const update of updates) Y.applyUpdate(doc, update);
  // Hashed: a failing comparison of 15 MiB arrays would print (and allocate) them whole.
  const sha256 = createHash('sha256').update(Y.encodeStateAsUpdate(doc)).digest('hex');
  const keys = [...doc.getMap('meta').keys()].sort();
  doc.destroy();
  return { keys, sha256 };
}

/**
 * Asks for a sync answer and waits for it: the server answers only once everything it
 * applied before is stored, so whatever the messages sent earlier did is durable by then.
 */
function settled(client: RawClient): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) {
        client.socket.off('message', onMessage);
        resolve();
      }
    };
    client.socket.on('message', onMessage);
    client.socket.send(syncMessage(0, new Uint8Array([0])));
  });
}

async function setup(maxMapBytes: number, compactEvery?: number) {
  const dataDir = await tempDir(res);
  const { store, sqlite } = await watchedStore(dataDir);
  const server = await startServer(res, { dataDir, store, maxMapBytes, compactEvery });
  const http = api(server);
  const id = await http.createMap('Heavy', 'ecommerce');
  const client = await rawClient(res, server.port, id, server.workspaceKey);
  await settled(client);
  return { dataDir, sqlite, server, http, id, client };
}

describe('the per-map size limit', () => {
  it('keeps five 15 MiB updates from growing the database beyond the limit', async () => {
    const limit = 20 * MiB;
    const { dataDir, sqlite, server, id, client } = await setup(limit);
    const empty = await folderBytes(dataDir);

    client.socket.send(syncMessage(2, junkUpdate(15 * MiB, 'a', 'junk1')));
    await settled(client);
    const before = await storedState(sqlite, id);
    expect(before.keys).toContain('junk1');

    for (const n of [2, 3, 4, 5]) {
      client.socket.send(syncMessage(2, junkUpdate(15 * MiB, 'b', `junk${n}`)));
      await settled(client);
      // Each refused one leaves the stored document exactly as it was.
      expect(await storedState(sqlite, id)).toEqual(before);
    }
    expect(client.notices).toHaveLength(4);
    expect(client.notices[0]).toMatch(/^Map too large: .* over its limit of 20\.0 MiB/);
    // Refusing is not closing: the connection is still served.
    expect(client.socket.readyState).toBe(client.socket.OPEN);
    const { snapshot, updates } = await storedBytes(sqlite, id);
    const rows = [snapshot ?? [], ...updates].reduce((n, b) => n + b.length, 0);
    expect(rows).toBeLessThanOrEqual(limit);

    // The files also hold the WAL and pages freed by compaction, which SQLite reuses: the
    // database's size is the pages in use once the server has stopped (versions included).
    const files = (await folderBytes(dataDir)) - empty;
    await server.close();
    // The SQLite file's own figures (PostgreSQL's storage is the server's business).
    if (TEST_STORE !== 'sqlite') return;
    const db = new Database(join(dataDir, 'trailmap.db'), { readonly: true });
    const pragma = (name: string) => db.pragma(name, { simple: true }) as number;
    const used = (pragma('page_count') - pragma('freelist_count')) * pragma('page_size');
    db.close();
    console.log(
      `5 × 15 MiB updates, limit 20 MiB: the room holds ${(rows / MiB).toFixed(1)} MiB, the ` +
        `database uses ${(used / MiB).toFixed(1)} MiB (its files grew ${(files / MiB).toFixed(1)} MiB ` +
        'while it ran)',
    );
    expect(used).toBeLessThan(limit);
  });

  it('refuses an update that would cross the limit, also in the turn that accepted others', async () => {
    const limit = 256 * 1024;
    const { sqlite, server, id, client } = await setup(limit);
    const stored = () => server.rooms()[0]!.storedBytes as number;
    // Sent together: applied in one turn, stored in one batch, yet counted one by one.
    for (const key of ['a', 'b', 'c'])
      client.socket.send(syncMessage(2, junkUpdate(100 * 1024, key, key)));
    await settled(client);
    expect(client.notices).toHaveLength(1);
    expect((await storedState(sqlite, id)).keys).toEqual(expect.arrayContaining(['a', 'b']));
    expect((await storedState(sqlite, id)).keys).not.toContain('c');
    expect(stored()).toBeLessThanOrEqual(limit);

    client.socket.send(syncMessage(2, junkUpdate(1024, 'd', 'd')));
    await settled(client);
    expect(client.notices).toHaveLength(1);
    expect((await storedState(sqlite, id)).keys).toContain('d');
  });

  it('compacts a full room on a refusal, so that overwritten data makes room again', async () => {
    const { sqlite, server, id, client } = await setup(512 * 1024);
    // Each sets the same key: compacted, only the last value is left.
    for (const fill of 'abcd') client.socket.send(syncMessage(2, junkUpdate(150 * 1024, fill)));
    await settled(client);
    expect(client.notices).toHaveLength(1);
    await waitFor(async () => {
      expect(server.rooms()[0]!.storedBytes).toBeLessThan(256 * 1024);
      expect((await storedBytes(sqlite, id)).updates).toHaveLength(0);
    });

    client.socket.send(syncMessage(2, junkUpdate(150 * 1024, 'e')));
    await settled(client);
    expect(client.notices).toHaveLength(1);
    expect((await storedBytes(sqlite, id)).updates).toHaveLength(1);
  });

  it('refuses an import over the limit with 413 and stores nothing', async () => {
    const dataDir = await tempDir(res);
    const server = await startServer(res, { dataDir, maxMapBytes: 8 * 1024 });
    const http = api(server);
    const big = templateMap('ecommerce', 'Too big')!;
    const refused = await http.post('/api/maps/import', big);
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatch(
      /^The map is .* over the 8 KiB a map may take \(MAX_MAP_BYTES\); nothing was stored$/,
    );
    expect((await http.get('/api/maps')).body.maps).toEqual([]);

    const small = await http.post('/api/maps/import', templateMap('blank', 'Fits')!);
    expect(small.status).toBe(201);
    expect((await http.get('/api/maps')).body.maps).toHaveLength(1);
  });
});
