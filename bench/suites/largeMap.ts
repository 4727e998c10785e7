import { syntheticMap } from '../lib/fixtures.ts';
import { sleep, stockClient, whenSynced } from '../lib/clients.ts';
import { collectOwnGarbage } from '../lib/proc.ts';
import { prepareRoom, roomUrl, type Room } from '../lib/rooms.ts';
import type { ServerProcess } from '../lib/servers.ts';
import { repeated, type Repeated } from '../lib/stats.ts';
import { connectWire } from '../lib/wire.ts';

/*
 * A 5,000-card map: how big it is on the wire, and how long a fresh client waits for it from a
 * room already in memory (warm) and from the store after a restart (cold). Two clocks per load:
 * "receive" is a protocol-level client getting the server's whole answer (the server's and the
 * network's share); "synced" is a stock provider with the map applied to its Y.Doc (what a
 * person waits for, minus rendering).
 */

export interface LargeMapOptions {
  cards: number;
  repeats: number;
}

export interface LargeMapResult {
  cards: number;
  encodedBytes: number;
  warmReceiveMs: Repeated;
  warmSyncedMs: Repeated;
  /** Null for the in-memory reference server: a restart loses the map. */
  coldReceiveMs: Repeated | null;
  coldSyncedMs: Repeated | null;
}

async function receiveMs(room: Room): Promise<{ ms: number; bytes: number }> {
  collectOwnGarbage();
  const client = await connectWire(roomUrl(room));
  await client.close();
  return { ms: client.syncMs, bytes: client.initialBytes };
}

async function syncedMs(room: Room): Promise<number> {
  collectOwnGarbage();
  const t0 = performance.now();
  const client = stockClient(room);
  await whenSynced(client.provider);
  const ms = performance.now() - t0;
  client.destroy();
  return ms;
}

export async function largeMapRun(
  server: ServerProcess,
  o: LargeMapOptions,
): Promise<LargeMapResult> {
  const map = syntheticMap({ cards: o.cards, stages: 20, lanes: 10, seed: 5 });
  const room = await prepareRoom(server, map);
  // Holds the room in memory between warm loads, as a colleague already editing would.
  const holder = stockClient(room);
  await whenSynced(holder.provider);
  const first = await receiveMs(room);
  const warmReceive: number[] = [];
  const warmSynced: number[] = [];
  for (let i = 0; i < o.repeats; i++) {
    warmReceive.push((await receiveMs(room)).ms);
    warmSynced.push(await syncedMs(room));
  }
  holder.destroy();
  const result: LargeMapResult = {
    cards: o.cards,
    encodedBytes: first.bytes,
    warmReceiveMs: repeated(warmReceive),
    warmSyncedMs: repeated(warmSynced),
    coldReceiveMs: null,
    coldSyncedMs: null,
  };
  if (server.kind !== 'trailmap') return result;

  // Cold: restart, warm the process up on another (small) map so that JIT compilation of the
  // sync path is not billed to the room load, then load the big map first thing.
  const warmUp = await prepareRoom(server, syntheticMap({ cards: 20, seed: 9 }));
  const coldReceive: number[] = [];
  const coldSynced: number[] = [];
  for (let i = 0; i < o.repeats; i++) {
    for (const measure of ['receive', 'synced'] as const) {
      await server.restart('SIGTERM');
      await receiveMs(warmUp);
      await sleep(200);
      if (measure === 'receive') coldReceive.push((await receiveMs(room)).ms);
      else coldSynced.push(await syncedMs(room));
    }
  }
  result.coldReceiveMs = repeated(coldReceive);
  result.coldSyncedMs = repeated(coldSynced);
  return result;
}
