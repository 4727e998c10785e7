import { readMap, updateCard, type MapState } from '../../src/doc/index.ts';
import { withToken } from '../lib/access.ts';
import { createMap, exportMap } from '../lib/api.ts';
import { stockClient, whenSynced } from '../lib/clients.ts';
import { roomUrl, type Room } from '../lib/rooms.ts';
import { ServerProcess } from '../lib/servers.ts';
import { ATTACKS, type AttackContext } from './attacks.ts';
import { waitFor } from './waitFor.ts';

/*
 * Bad input against a live server while two healthy clients keep editing: after each attack the
 * healthy clients are still connected and still sync, the server's heap is back near its
 * baseline (after a forced GC), and the stored map holds exactly the healthy clients' edits.
 */

// V8 keeps some compiled code and caches after new work; more than this is retained garbage.
const HEAP_SLACK_MIB = 8;

export interface BadInputReport {
  failures: string[];
  knownBugs: string[];
}

export async function badInputTest(
  log: (line: string) => void,
  env?: Record<string, string>,
): Promise<BadInputReport> {
  const failures: string[] = [];
  const knownBugs: string[] = [];
  const server = new ServerProcess('trailmap', { inspect: true, env });
  const healthy = [] as ReturnType<typeof stockClient>[];
  try {
    await server.start();
    const created = await createMap(server.httpBase, 'Bad input map', 'ecommerce');
    const room: Room = { server, name: created.id, token: created.token };
    const [a, b] = [stockClient(room), stockClient(room)];
    healthy.push(a!, b!);
    await Promise.all(healthy.map((c) => whenSynced(c.provider)));
    let disconnects = 0;
    for (const c of healthy) c.provider.on('connection-close', () => disconnects++);

    const cardId = readMap(a!.doc).cards[0]!.id;
    let alive = 0;
    let title = '';
    const liveness = async () => {
      title = `Still editing ${++alive}`;
      updateCard(a!.doc, cardId, { title });
      const seen = () => readMap(b!.doc).cards.find((c) => c.id === cardId)?.title === title;
      await waitFor(seen, {
        timeoutMs: 15_000,
        what: 'a healthy edit reaching the other healthy client',
      });
    };
    await liveness();
    // The baseline every attack is compared with: the stored map holding that healthy edit.
    let stored: MapState | undefined;
    await waitFor(
      async () => {
        stored = await exportMap(server.httpBase, room.name);
        return stored.cards.find((c) => c.id === cardId)?.title === title;
      },
      { timeoutMs: 5000, what: "the healthy edit in the server's export" },
    );
    const expected = () => {
      const map = structuredClone(stored) as MapState;
      map.cards.find((c) => c.id === cardId)!.title = title;
      return JSON.stringify(map);
    };
    const baseHeap = await server.heapAfterGc();
    log(`bad input: baseline heap ${baseHeap.toFixed(1)} MiB after GC`);

    const base = roomUrl(room);
    const ctx: AttackContext = {
      url: base,
      urlWithoutToken: `${server.wsBase}/${room.name}`,
      urlWithBadToken: withToken(`${server.wsBase}/${room.name}`, 'not-a-real-token-0123456789'),
      port: server.port,
      liveness,
      async freshClientGetsPending() {
        const fresh = stockClient(room);
        await whenSynced(fresh.provider);
        const pending = fresh.doc.store.pendingStructs !== null;
        fresh.destroy();
        return pending;
      },
    };

    for (const attack of ATTACKS) {
      const before = disconnects;
      const result = await attack
        .run(ctx)
        .catch((error: Error) => ({ ok: false, outcome: `threw ${error.message}` }));
      await liveness();
      const heap = await server.heapAfterGc();
      const same = JSON.stringify(await exportMap(server.httpBase, room.name)) === expected();
      const problems: string[] = [];
      if (!result.ok && !attack.knownBug)
        problems.push(`expected ${attack.expect}, got ${result.outcome}`);
      if (result.ok && attack.knownBug)
        problems.push(`now passes (${result.outcome}): the known bug looks fixed, drop knownBug`);
      if (disconnects !== before)
        problems.push(`healthy clients were disconnected ${disconnects - before}×`);
      if (heap > baseHeap + HEAP_SLACK_MIB)
        problems.push(`heap ${heap.toFixed(1)} MiB after GC, baseline ${baseHeap.toFixed(1)} MiB`);
      if (!same) problems.push('the stored map changed');
      const status = problems.length ? 'FAIL' : !result.ok ? 'KNOWN BUG' : 'ok';
      log(
        `  ${status.padEnd(9)} ${attack.name}: ${result.outcome}; heap ${heap.toFixed(1)} MiB; map ${same ? 'unchanged' : 'CHANGED'}`,
      );
      for (const p of problems) failures.push(`${attack.name}: ${p}`);
      if (!result.ok && attack.knownBug && !problems.length)
        knownBugs.push(`${attack.name}: ${attack.knownBug}`);
    }

    // What is on disk, not just in memory: a graceful restart reloads the map from the store.
    for (const c of healthy.splice(0)) c.destroy();
    await server.restart('SIGTERM');
    const reloaded = JSON.stringify(await exportMap(server.httpBase, room.name));
    if (reloaded !== expected())
      failures.push('after a restart, the stored map differs from the healthy edits');
    else log('  ok        after a restart the stored map holds exactly the healthy edits');
  } finally {
    for (const c of healthy) c.destroy();
    if (failures.length) log(`server output (tail):\n${server.tail(2000)}`);
    await server.dispose();
  }
  return { failures, knownBugs };
}
