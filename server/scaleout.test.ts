import { describe, expect, it } from 'vitest';
import { addCard, readMap, setMeta, updateStage } from '../src/doc/index.ts';
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
import { redisAvailable, trackedRedis } from './test/redis.ts';

/*
 * Several processes (here servers in one process, each with its own store connection and its
 * own Redis connections) serving one map through Redis: convergence, control events, a room
 * loaded while others write, and a Redis outage. Run on PostgreSQL with TEST_STORE=postgres.
 */

const res = useResources();

/** Two servers on one store and one Redis (the machine's, TEST_REDIS_URL, unless `own`). */
async function cluster({ own = false } = {}) {
  const dataDir = await tempDir(res);
  const shared = own ? undefined : process.env.TEST_REDIS_URL;
  const redis = shared ? { url: shared, stop: noOutage, start: noOutage } : await trackedRedis(res);
  const servers = [];
  for (let i = 0; i < 2; i++)
    servers.push(
      await startServer(res, {
        dataDir,
        store: await testStore(dataDir),
        redisUrl: redis.url,
      }),
    );
  const id = await api(servers[0]!).createMap('Checkout journey', 'ecommerce');
  return { dataDir, redis, servers, id };
}

const noOutage = async () => {
  throw new Error('the shared Redis is not ours to stop');
};

const names = (client: Client) =>
  [...client.provider.awareness.getStates().values()].map((s) => s.user?.name);

describe.runIf(redisAvailable || process.env.TEST_REDIS_URL)(
  'processes sharing a map through Redis',
  () => {
    it('converge, and share presence, link revocation and deletion', async () => {
      const { servers, id } = await cluster();
      const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
      expect([a.bus, b.bus]).toEqual(['redis', 'redis']);
      const alice = await syncedClient(res, a, id);
      const bob = await syncedClient(res, b, id);
      alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
      bob.provider.awareness.setLocalStateField('user', { name: 'Bob' });
      const { stages, lanes } = readMap(alice.doc);
      for (let i = 0; i < 10; i++) {
        const client = i % 2 ? alice : bob;
        addCard(client.doc, { stageId: stages[i % 3]!.id, laneId: lanes[0]!.id, title: `r${i}` });
      }
      updateStage(bob.doc, stages[0]!.id, { name: 'Discover' });
      await waitFor(() => expect(readMap(bob.doc)).toEqual(readMap(alice.doc)));
      await waitFor(() => expect(names(alice)).toContain('Bob'));
      await waitFor(() => expect(names(bob)).toContain('Alice'));

      const link = await api(a).createLink(id, 'viewer');
      const guest = await syncedClient(res, b, id, link.token);
      const closed: number[] = [];
      guest.provider.on('connection-close', (event) => closed.push(event?.code ?? 0));
      expect((await api(a).delete(`/api/maps/${id}/links/${link.id}`)).status).toBe(204);
      await waitFor(() => expect(closed).toContain(4403));

      const onB: number[] = [];
      bob.provider.on('connection-close', (event) => onB.push(event?.code ?? 0));
      expect((await api(a).delete(`/api/maps/${id}`)).status).toBe(204);
      await waitFor(() => expect(onB).toContain(4404));
    });

    it('misses nothing when a process loads a room while another writes to it', async () => {
      const { servers, id } = await cluster();
      const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
      const writers = [await syncedClient(res, a, id), await syncedClient(res, a, id)];
      const { stages, lanes } = readMap(writers[0]!.doc);
      let n = 0;
      let writing = true;
      const burst = (async () => {
        while (writing) {
          const writer = writers[n % 2]!;
          addCard(writer.doc, {
            stageId: stages[n % 4]!.id,
            laneId: lanes[1]!.id,
            title: `w${n++}`,
          });
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      })();
      // B loads the room in the middle of the burst, several times over.
      const readers = [];
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 40));
        readers.push(await syncedClient(res, b, id));
      }
      await new Promise((resolve) => setTimeout(resolve, 40));
      writing = false;
      await burst;
      await waitFor(() => expect(readMap(writers[1]!.doc)).toEqual(readMap(writers[0]!.doc)));
      const expected = readMap(writers[0]!.doc);
      for (const reader of readers)
        await waitFor(() => expect(readMap(reader.doc)).toEqual(expected));
      expect(expected.cards.filter((c) => /^w\d+$/.test(c.title))).toHaveLength(n);
      expect((await api(b).get(`/api/maps/${id}/export`)).body).toEqual(expected);
    });

    it.runIf(redisAvailable)(
      'keeps serving through a Redis outage, says so, and converges when Redis is back',
      async () => {
        const { servers, redis, id } = await cluster({ own: true });
        const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
        const alice = await syncedClient(res, a, id);
        const bob = await syncedClient(res, b, id);
        const carol = await syncedClient(res, b, id);
        const health = async (server: typeof a) =>
          fetch(`http://localhost:${server.port}/healthz`).then(async (r) => ({
            status: r.status,
            body: (await r.json()) as { ok: boolean; reason?: string },
          }));
        expect((await health(a)).body).toEqual({
          ok: true,
          store: expect.any(String),
          bus: 'redis',
        });

        await redis.stop();
        await waitFor(async () => expect((await health(b)).status).toBe(503));
        expect((await health(b)).body.reason).toMatch(/redis/);
        // Each process still serves its own clients, and stores their edits.
        setMeta(alice.doc, { purpose: 'Written on A during the outage' });
        setMeta(bob.doc, { title: 'Written on B during the outage' });
        await waitFor(() =>
          expect(readMap(carol.doc).meta.title).toBe('Written on B during the outage'),
        );

        await redis.start();
        await waitFor(async () => expect((await health(a)).status).toBe(200), {
          timeoutMs: 20_000,
        });
        await waitFor(async () => expect((await health(b)).status).toBe(200), {
          timeoutMs: 20_000,
        });
        // Rooms caught up from the store: everyone has both edits.
        for (const client of [alice, bob, carol])
          await waitFor(() => {
            expect(readMap(client.doc).meta).toMatchObject({
              purpose: 'Written on A during the outage',
              title: 'Written on B during the outage',
            });
          });
        // And fan-out works again.
        setMeta(bob.doc, { purpose: 'After the outage' });
        await waitFor(() => expect(readMap(alice.doc).meta.purpose).toBe('After the outage'));
      },
    );
  },
);
