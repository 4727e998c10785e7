import * as Y from 'yjs';
import { readMap } from '../../src/doc/index.ts';
import { createMap } from '../lib/api.ts';
import { sleep, stockClient, whenSynced } from '../lib/clients.ts';
import { intBetween, seededRng } from '../lib/random.ts';
import type { Room } from '../lib/rooms.ts';
import { ServerProcess } from '../lib/servers.ts';
import { Editor } from './editors.ts';
import { killAndCheck, type KillReport } from './kills.ts';
import { Ledger, stateVectorOf } from './ledger.ts';
import { readStoredRoom } from './store.ts';
import { waitFor } from './waitFor.ts';

/*
 * Clients edit one map while the server is SIGKILLed at random moments and restarted on the
 * same port and data folder. No edit may be lost — not at any kill (checked in the store the
 * dead process left), not at the end in any client, and not for a fresh client loading from the
 * store after a final kill — and all maps must be identical.
 */

export interface KillTestOptions {
  seed: number;
  clients: number;
  ops: number;
  minKills: number;
  log: (line: string) => void;
  /** Extra environment for the server (DATABASE_URL to run it on PostgreSQL). */
  env?: Record<string, string>;
}

// Hard bound on kills: CI must never loop here.
const MAX_KILLS = 40;

const mapJson = (doc: Y.Doc) => JSON.stringify(readMap(doc));

/** Runs the test; returns the failures (empty when it passed). */
export async function killTest(o: KillTestOptions): Promise<string[]> {
  const { seed, log, clients, ops, minKills } = o;
  const rng = seededRng(seed);
  const failures: string[] = [];
  const t0 = performance.now();
  log(`chaos: seed ${seed}, ${clients} clients × ${ops} edits, at least ${minKills} SIGKILLs`);
  const server = new ServerProcess('trailmap', { env: o.env });
  const editors: Editor[] = [];
  try {
    await server.start();
    const created = await createMap(server.httpBase, 'Chaos map', 'ecommerce');
    const room: Room = { server, name: created.id, token: created.token };
    const ledger = new Ledger();
    for (let i = 0; i < clients; i++)
      editors.push(new Editor(i, room, ledger, seededRng(seed + i + 1)));
    await Promise.all(editors.map((e) => whenSynced(e.client.provider)));

    let editing = true;
    const edited = Promise.all(
      editors.map((e) => e.run({ ops, minDelayMs: 40, maxDelayMs: 160 })),
    ).finally(() => (editing = false));

    const kills: KillReport[] = [];
    const syncedCount = () => editors.filter((e) => e.client.provider.synced).length;
    while ((editing || kills.length < minKills) && kills.length < MAX_KILLS) {
      // Die at a random moment while edits flow: once at least half the clients are back (their
      // reconnect backoff reaches 2.5 s), plus a random delay, so some kills hit resync storms.
      await waitFor(() => syncedCount() >= clients / 2, {
        timeoutMs: 10_000,
        what: 'half the clients back',
      }).catch(() => {});
      await sleep(intBetween(rng, 0, 1500));
      const connected = editors.filter((e) => e.client.provider.wsconnected).length;
      const synced = syncedCount();
      const report = await killAndCheck(server, room.name, editors, ledger);
      kills.push(report);
      log(
        `  kill ${kills.length} at ${((performance.now() - t0) / 1000).toFixed(1)} s: ` +
          `${report.acked} acknowledged edits, ${report.missing} missing from the store, ` +
          `${report.loggedUpdates} updates in the log; ${connected} clients connected, ${synced} synced`,
      );
      if (report.missing)
        failures.push(`kill ${kills.length}: ${report.missing} acknowledged edits not stored`);
      await sleep(intBetween(rng, 50, 600)); // downtime; clients keep editing offline
      await server.start();
    }
    await edited;
    log(`  edits done: ${ledger.edits.length}; waiting for every client to reconnect and converge`);

    const t1 = performance.now();
    const converged = await waitFor(
      () =>
        editors.every((e) => e.client.provider.synced) &&
        new Set(editors.map((e) => Buffer.from(Y.encodeStateVector(e.doc)).toString('base64')))
          .size === 1 &&
        new Set(editors.map((e) => mapJson(e.doc))).size === 1,
      { timeoutMs: 60_000, what: 'clients converging', intervalMs: 100 },
    ).then(
      () => true,
      () => false,
    );
    const reference = editors[0]!.doc;
    const divergent = editors.filter((e) => mapJson(e.doc) !== mapJson(reference)).length;
    if (!converged || divergent)
      failures.push(`${divergent} of ${clients} clients diverged from client 0`);
    log(`  converged: ${converged} after ${((performance.now() - t1) / 1000).toFixed(1)} s`);

    const lostInClients = editors.map(
      (e) => ledger.lostIn(stateVectorOf(e.doc), readMap(e.doc)).length,
    );
    const lost = Math.max(...lostInClients);
    if (lost) failures.push(`edits lost in clients: ${lostInClients.join(', ')}`);

    // Everyone leaves; the server dies once more without a graceful shutdown.
    const expected = mapJson(reference);
    const sockets = editors.flatMap((e) => e.client.provider.ws ?? []);
    for (const e of editors) e.client.destroy();
    await waitFor(() => sockets.every((ws) => ws.readyState === ws.CLOSED), {
      timeoutMs: 5000,
      what: "every client's connection to close",
    });
    await server.kill('SIGKILL');
    const stored = await readStoredRoom(server, room.name);
    const lostInStore = ledger.lostIn(stored.stateVector, stored.map).length;
    if (lostInStore)
      failures.push(`${lostInStore} edits missing from the store after the final kill`);
    await server.start();
    const fresh = stockClient(room);
    await whenSynced(fresh.provider);
    const freshSame = mapJson(fresh.doc) === expected;
    const freshLost = ledger.lostIn(stateVectorOf(fresh.doc), readMap(fresh.doc)).length;
    fresh.destroy();
    if (!freshSame) failures.push('a fresh client loading from the store sees a different map');
    if (freshLost) failures.push(`${freshLost} edits missing for a fresh client`);

    const byKind = new Map<string, number>();
    for (const edit of ledger.edits) byKind.set(edit.kind, (byKind.get(edit.kind) ?? 0) + 1);
    const cards = JSON.parse(expected) as { cards: unknown[] };
    log('');
    log(
      `edits made:        ${ledger.edits.length} (${[...byKind].map(([k, v]) => `${k} ${v}`).join(', ')})`,
    );
    log(
      `kills:             ${kills.length} during the run + 1 final (SIGKILL, restart on port ${server.port})`,
    );
    log(
      `acked at kills:    ${kills.reduce((s, k) => s + k.acked, 0)} checks, ${kills.reduce((s, k) => s + k.missing, 0)} missing from the store`,
    );
    log(
      `edits lost:        ${Math.max(lost, lostInStore, freshLost)} (worst client ${lost}, ` +
        `store after the final kill ${lostInStore}, fresh client ${freshLost})`,
    );
    log(
      `clients identical: ${converged && !divergent ? 'yes' : 'NO'} (${clients} clients, ${cards.cards.length} cards)`,
    );
    log(
      `fresh client:      ${freshSame && !freshLost ? 'identical, every edit present' : 'DIFFERENT'}`,
    );
    log(`time:              ${((performance.now() - t0) / 1000).toFixed(1)} s, seed ${seed}`);
  } finally {
    for (const e of editors) e.client.provider.destroy();
    if (failures.length) log(`\nserver output (tail):\n${server.tail(3000)}`);
    await server.stop().catch(() => {});
    await server.dispose();
  }
  return failures;
}
