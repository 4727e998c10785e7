import { templateMap } from '../../src/doc/index.ts';
import { inBatches, sleep, stockClient, whenSynced, type StockClient } from '../lib/clients.ts';
import { prepareRoom } from '../lib/rooms.ts';
import type { ServerProcess } from '../lib/servers.ts';

/*
 * Many small maps open at once (a busy workspace): 2 stock clients on each of `maps` maps.
 * RSS is read after a forced full GC (through the inspector) so that the figures say what each
 * server retains, not when V8 last collected.
 */

export interface ManyMapsOptions {
  maps: number;
  /** How long to wait after everyone left, for rooms to unload. */
  unloadWaitMs: number;
}

export interface ManyMapsResult {
  maps: number;
  clients: number;
  rssBaseMiB: number;
  rssOpenMiB: number;
  rssPerOpenMapKiB: number;
  rssAfterLeaveMiB: number;
  /** How much of what the open maps added is still held after everyone left. */
  retainedPercent: number;
  connectSeconds: number;
}

export interface ManyMapsPhase {
  /** Call when the unload wait is over; measures and returns the figures. */
  finish(): Promise<ManyMapsResult>;
  leftAt: number;
}

/** Opens the maps, measures, disconnects everyone; `finish` measures after the unload wait. */
export async function manyMapsOpen(
  server: ServerProcess,
  o: ManyMapsOptions,
): Promise<ManyMapsPhase> {
  const content = templateMap('ecommerce', 'Busy workspace map')!;
  // The baseline comes before the maps exist: the reference server holds a map in memory from
  // the moment it is seeded, Trailmap only while a room is open.
  const rssBaseMiB = await server.rssAfterGc();
  const rooms = await inBatches(o.maps, 20, () => prepareRoom(server, content));

  const t0 = performance.now();
  const clients: StockClient[] = [];
  await inBatches(o.maps, 25, async (i) => {
    const pair = [stockClient(rooms[i]!), stockClient(rooms[i]!)];
    clients.push(...pair);
    await Promise.all(pair.map((c) => whenSynced(c.provider)));
  });
  const connectSeconds = (performance.now() - t0) / 1000;
  await sleep(1000);
  const rssOpenMiB = await server.rssAfterGc();

  for (const client of clients) client.destroy();
  const leftAt = performance.now();
  return {
    leftAt,
    async finish() {
      const rssAfterLeaveMiB = await server.rssAfterGc();
      const added = rssOpenMiB - rssBaseMiB;
      return {
        maps: o.maps,
        clients: clients.length,
        rssBaseMiB,
        rssOpenMiB,
        rssPerOpenMapKiB: (added * 1024) / o.maps,
        rssAfterLeaveMiB,
        retainedPercent: added > 0 ? ((rssAfterLeaveMiB - rssBaseMiB) / added) * 100 : Number.NaN,
        connectSeconds,
      };
    },
  };
}

/** Runs the phase on every server, overlapping their unload waits. */
export async function manyMapsRun(
  servers: ServerProcess[],
  o: ManyMapsOptions,
): Promise<ManyMapsResult[]> {
  const phases: ManyMapsPhase[] = [];
  for (const server of servers) phases.push(await manyMapsOpen(server, o));
  const results: ManyMapsResult[] = [];
  for (const phase of phases) {
    await sleep(Math.max(0, phase.leftAt + o.unloadWaitMs - performance.now()));
    results.push(await phase.finish());
  }
  return results;
}
