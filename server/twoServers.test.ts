import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, createMapDoc, readMap, setMeta, updateStage } from '../src/doc/index.ts';
import type { RoomMessage } from './bus/bus.ts';
import { LocalBus, LocalHub } from './bus/localBus.ts';
import type { Store } from './store/store.ts';
import { testStore } from './test/engine.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
  type Client,
} from './test/helpers.ts';
import { namedClient, versionApi } from './test/versions.ts';

/*
 * Two servers on one store and one in-process bus, as two processes behind a balancer
 * would run: clients on either see the same map, presence and control events cross over,
 * and nothing is lost when both compact the same room.
 */

const res = useResources();

/** A bus that can lose the document updates its server publishes, as a process killed between storing and publishing does. */
class LossyBus extends LocalBus {
  losing = false;
  override publish(room: string, message: RoomMessage): void {
    if (!(this.losing && message.type === 'update')) super.publish(room, message);
  }
}

/** Two servers sharing a database file and a bus, with an e-commerce map made on the first. */
async function pair(config: { compactEvery?: number } = {}) {
  const dataDir = await tempDir(res);
  const hub = new LocalHub();
  const buses: LossyBus[] = [];
  const stores: Store[] = [];
  const start = async () => {
    const bus = new LossyBus(hub);
    // Each its own connection to the one database, as separate processes would have.
    const store = await testStore(dataDir);
    buses.push(bus);
    stores.push(store);
    return startServer(res, { dataDir, store, bus, ...config });
  };
  const a = await start();
  const b = await start();
  const id = await api(a).createMap('Checkout journey', 'ecommerce');
  /** The card titles in the store (not in any server's memory). */
  const storedTitles = async () => {
    const data = await stores[0]!.log.load(id);
    const doc = createMapDoc();
    if (data.snapshot) Y.applyUpdate(doc, data.snapshot);
    for (const update of data.updates) Y.applyUpdate(doc, update);
    return readMap(doc).cards.map((c) => c.title);
  };
  return { dataDir, a, b, id, start, busOfB: buses[1]!, storedTitles };
}

const titles = (client: Client) => readMap(client.doc).cards.map((c) => c.title);

/** Collects the close codes a client's connection ends with. */
function closes(client: Client): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => codes.push(event?.code ?? 0));
  return codes;
}

describe('two servers on one store and one bus', () => {
  it('keep clients on either converged, presence included', async () => {
    const { a, b, id } = await pair();
    const alice = await namedClient(res, a, id, 'Alice');
    const bob = await namedClient(res, b, id, 'Bob');
    const { stages, lanes } = readMap(alice.doc);

    for (let i = 0; i < 20; i++) {
      const [client, other] = i % 2 ? [alice, bob] : [bob, alice];
      addCard(client.doc, { stageId: stages[i % 3]!.id, laneId: lanes[0]!.id, title: `c${i}` });
      if (i === 10) updateStage(other.doc, stages[0]!.id, { name: 'Discover' });
    }
    setMeta(bob.doc, { title: 'Checkout, edited on B' });
    await waitFor(() => expect(readMap(bob.doc)).toEqual(readMap(alice.doc)));
    expect(readMap(alice.doc).cards.filter((c) => /^c\d+$/.test(c.title))).toHaveLength(20);

    // Each sees the other's presence, though they are connected to different servers.
    const names = (client: Client) =>
      [...client.provider.awareness.getStates().values()].map((s) => s.user?.name);
    await waitFor(() => expect(names(alice)).toContain('Bob'));
    await waitFor(() => expect(names(bob)).toContain('Alice'));

    // A newcomer on either server, and the maps list, agree with them.
    const carol = await syncedClient(res, a, id);
    expect(readMap(carol.doc)).toEqual(readMap(alice.doc));
    const listed = (await api(b).get(`/api/maps/${id}`)).body;
    expect(listed.title).toBe('Checkout, edited on B');
  });

  it('catch up from the store on an update that was stored but never published', async () => {
    const { a, b, id, busOfB, storedTitles } = await pair();
    const alice = await syncedClient(res, a, id);
    const bob = await syncedClient(res, b, id);
    const { stages, lanes } = readMap(bob.doc);
    const at = { stageId: stages[0]!.id, laneId: lanes[0]!.id };

    busOfB.losing = true;
    addCard(bob.doc, { ...at, title: 'Stored, never published' });
    await waitFor(async () => expect(await storedTitles()).toContain('Stored, never published'));
    expect(titles(alice)).not.toContain('Stored, never published');

    // Bob's next edit builds on the one A never heard: A sees the gap and reads the store.
    busOfB.losing = false;
    addCard(bob.doc, { ...at, title: 'Published' });
    await waitFor(() => expect(titles(alice)).toContain('Published'));
    expect(titles(alice)).toContain('Stored, never published');
    await waitFor(() => expect(readMap(alice.doc)).toEqual(readMap(bob.doc)));
  });

  it('catch up when another server loads a room holding updates they never heard', async () => {
    const { a, b, id, start, busOfB, storedTitles } = await pair();
    const alice = await syncedClient(res, a, id);
    const bob = await syncedClient(res, b, id);
    const { stages, lanes } = readMap(bob.doc);

    busOfB.losing = true;
    addCard(bob.doc, { stageId: stages[1]!.id, laneId: lanes[0]!.id, title: 'Last words' });
    // B "dies" after storing it; a server that loads the room says what the store holds.
    await waitFor(async () => expect(await storedTitles()).toContain('Last words'));
    expect(titles(alice)).not.toContain('Last words');
    const c = await start();
    await syncedClient(res, c, id);
    await waitFor(() => expect(titles(alice)).toContain('Last words'));
  });

  it('close a revoked link’s connections on the other server too', async () => {
    const { a, b, id } = await pair();
    const link = await api(a).createLink(id, 'editor');
    const onB = await syncedClient(res, b, id, link.token);
    const member = await syncedClient(res, b, id);
    const codes = closes(onB);
    const memberCodes = closes(member);

    expect((await api(a).delete(`/api/maps/${id}/links/${link.id}`)).status).toBe(204);
    await waitFor(() => expect(codes).toContain(4403));
    expect(memberCodes).toEqual([]);
  });

  it('bring a restore made on one server to clients on the other', async () => {
    const { a, b, id } = await pair();
    const bob = await namedClient(res, b, id, 'Bob');
    const versions = versionApi(a, id);
    const saved = await versions.save({ name: 'Before the workshop' });
    expect(saved.status).toBe(201);
    const atSave = (await versions.exportOf(saved.body.id)).body;

    const { stages } = readMap(bob.doc);
    updateStage(bob.doc, stages[0]!.id, { name: 'Renamed on B' });
    await waitFor(async () =>
      expect((await versions.current()).body.stages[0].name).toBe('Renamed on B'),
    );

    expect((await versions.restore(saved.body.id)).status).toBe(200);
    await waitFor(() => expect(readMap(bob.doc)).toEqual(atSave));
  });

  it('disconnect a deleted map’s clients on both servers', async () => {
    const { a, b, id } = await pair();
    const onA = await syncedClient(res, a, id);
    const onB = await syncedClient(res, b, id);
    const codesA = closes(onA);
    const codesB = closes(onB);

    expect((await api(b).delete(`/api/maps/${id}`)).status).toBe(204);
    await waitFor(() => expect(codesA).toContain(4404));
    await waitFor(() => expect(codesB).toContain(4404));
  });

  it('lose nothing when both compact the same room while clients on both edit', async () => {
    const { dataDir, a, b, id } = await pair({ compactEvery: 5 });
    const alice = await syncedClient(res, a, id);
    const bob = await syncedClient(res, b, id);
    const { stages, lanes } = readMap(alice.doc);
    for (let i = 0; i < 60; i++) {
      const client = i % 2 ? alice : bob;
      addCard(client.doc, { stageId: stages[0]!.id, laneId: lanes[1]!.id, title: `k${i}` });
      if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => expect(readMap(bob.doc)).toEqual(readMap(alice.doc)));
    const expected = readMap(alice.doc);
    // Both compacted: each holds fewer logged updates than it appended.
    await waitFor(() => {
      for (const server of [a, b])
        expect(server.rooms().find((r) => r.name === id)?.pendingUpdates).toBeLessThanOrEqual(5);
    });
    alice.provider.destroy();
    bob.provider.destroy();
    await a.close();
    await b.close();

    const again = await startServer(res, { dataDir });
    const fresh = await syncedClient(res, again, id);
    expect(readMap(fresh.doc)).toEqual(expected);
  });
});
