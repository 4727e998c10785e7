import * as Y from 'yjs';
import { readMap } from '../../src/doc/index.ts';
import { privateRedis } from '../../server/test/redis.ts';
import { createMap } from '../lib/api.ts';
import { sleep, stockClient, waitUntil, whenSynced } from '../lib/clients.ts';
import { intBetween, pick, seededRng } from '../lib/random.ts';
import { ServerProcess } from '../lib/servers.ts';
import { Editor } from './editors.ts';
import { killAndCheck, type KillReport } from './kills.ts';
import { Ledger, stateVectorOf } from './ledger.ts';
import { readStoredRoom } from './store.ts';
import { waitFor } from './waitFor.ts';

/*
 * Two server processes on one PostgreSQL database and one Redis, clients spread over both.
 * Either process is SIGKILLed at random moments and restarted, and Redis is restarted once.
 * No acknowledged edit may be lost (checked in the database at every kill), and at the end
 * every client, a fresh client and the database must hold the same map.
 */

export interface ClusterTestOptions {
  seed: number;
  clients: number;
  ops: number;
  minKills: number;
  /** An empty database for this run. */
  databaseUrl: string;
  log: (line: string) => void;
}

const MAX_KILLS = 40;
const mapJson = (doc: Y.Doc) => JSON.stringify(readMap(doc));

export async function clusterTest(o: ClusterTestOptions): Promise<string[]> {
  const { seed, log, clients, ops, minKills } = o;
  const rng = seededRng(seed);
  const failures: string[] = [];
  const t0 = performance.now();
  log(
    `cluster: seed ${seed}, 2 processes on PostgreSQL + Redis, ${clients} clients × ${ops} edits`,
  );
  const redis = await privateRedis();
  const env = { DATABASE_URL: o.databaseUrl, REDIS_URL: redis.url };
  const servers = [new ServerProcess('trailmap', { env }), new ServerProcess('trailmap', { env })];
  const editors: Editor[] = [];
  try {
    for (const server of servers) await server.start();
    const created = await createMap(servers[0]!.httpBase, 'Cluster map', 'ecommerce');
    const ledger = new Ledger();
    for (let i = 0; i < clients; i++) {
      const room = { server: servers[i % 2]!, name: created.id, token: created.token };
      editors.push(new Editor(i, room, ledger, seededRng(seed + i + 1)));
    }
    await Promise.all(editors.map((e) => whenSynced(e.client.provider)));

    let editing = true;
    const edited = Promise.all(
      editors.map((e) => e.run({ ops, minDelayMs: 40, maxDelayMs: 160 })),
    ).finally(() => (editing = false));

    const kills: KillReport[] = [];
    let redisRestarted = false;
    const syncedCount = () => editors.filter((e) => e.client.provider.synced).length;
    while ((editing || kills.length < minKills) && kills.length < MAX_KILLS) {
      await waitUntil(() => syncedCount() >= clients / 2, 'clients back', 10_000).catch(() => {});
      await sleep(intBetween(rng, 0, 1500));
      if (!redisRestarted && kills.length === 2) {
        // Redis away for a moment: each process serves its own; rooms catch up after.
        await redis.stop();
        await sleep(intBetween(rng, 200, 800));
        await redis.start();
        redisRestarted = true;
        log(`  redis restarted at ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        continue;
      }
      const victim = pick(rng, servers);
      const report = await killAndCheck(victim, created.id, editors, ledger);
      kills.push(report);
      log(
        `  kill ${kills.length} (process ${servers.indexOf(victim) + 1}) at ` +
          `${((performance.now() - t0) / 1000).toFixed(1)} s: ${report.acked} acknowledged edits, ` +
          `${report.missing} missing from the database`,
      );
      if (report.missing)
        failures.push(`kill ${kills.length}: ${report.missing} acknowledged edits not stored`);
      await sleep(intBetween(rng, 50, 600));
      await victim.start();
    }
    await edited;
    log(`  edits done: ${ledger.edits.length}; waiting for every client to converge`);

    const converged = await waitFor(
      () =>
        editors.every((e) => e.client.provider.synced) &&
        new Set(editors.map((e) => mapJson(e.doc))).size === 1,
      { timeoutMs: 60_000, what: 'clients converging', intervalMs: 100 },
    ).then(
      () => true,
      () => false,
    );
    const reference = editors[0]!.doc;
    const divergent = editors.filter((e) => mapJson(e.doc) !== mapJson(reference)).length;
    if (!converged || divergent) failures.push(`${divergent} of ${clients} clients diverged`);
    const lost = Math.max(
      ...editors.map((e) => ledger.lostIn(stateVectorOf(e.doc), readMap(e.doc)).length),
    );
    if (lost) failures.push(`${lost} edits lost in a client`);

    const expected = mapJson(reference);
    for (const e of editors) e.client.destroy();
    for (const server of servers) await server.kill('SIGKILL');
    const stored = await readStoredRoom(servers[0]!, created.id);
    const lostInStore = ledger.lostIn(stored.stateVector, stored.map).length;
    if (lostInStore) failures.push(`${lostInStore} edits missing from the database`);
    if (JSON.stringify(stored.map) !== expected)
      failures.push('the database holds a different map than the clients');
    await servers[1]!.start();
    const fresh = stockClient({ server: servers[1]!, name: created.id, token: created.token });
    await whenSynced(fresh.provider);
    const freshSame = mapJson(fresh.doc) === expected;
    fresh.destroy();
    if (!freshSame) failures.push('a fresh client sees a different map');

    log('');
    log(`cluster edits:     ${ledger.edits.length} by ${clients} clients on 2 processes`);
    log(
      `kills:             ${kills.length} (SIGKILL, either process) + 1 Redis restart; ` +
        `${kills.reduce((s, k) => s + k.acked, 0)} acknowledged-edit checks, ` +
        `${kills.reduce((s, k) => s + k.missing, 0)} missing`,
    );
    log(
      `edits lost:        ${Math.max(lost, lostInStore)} (clients ${lost}, database ${lostInStore})`,
    );
    log(
      `replicas equal:    ${converged && !divergent && freshSame && !lostInStore ? 'yes' : 'NO'} ` +
        `(${clients} clients, the database, a fresh client)`,
    );
    log(`time:              ${((performance.now() - t0) / 1000).toFixed(1)} s, seed ${seed}`);
  } finally {
    for (const e of editors) e.client.provider.destroy();
    if (failures.length) for (const s of servers) log(`\n${s.label} output:\n${s.tail(2000)}`);
    for (const server of servers) await server.dispose();
    await redis.stop();
  }
  return failures;
}
