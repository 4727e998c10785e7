import { createMap } from '../lib/api.ts';
import { inBatches, sleep } from '../lib/clients.ts';
import { measureUsage, rssMiB, type Pinning } from '../lib/proc.ts';
import { roomUrl } from '../lib/rooms.ts';
import { ServerProcess } from '../lib/servers.ts';
import { connectWire, type WireClient } from '../lib/wire.ts';
import { latencyRun } from './latency.ts';

/*
 * Capacity figures for an operator: one process holding 10,000 idle authenticated
 * connections over 1,000 maps (time to accept them, RSS, idle CPU), and 300 editors writing
 * on one map, on one process and split over two (PostgreSQL + Redis when given).
 */

export interface CapacityResult {
  idle: {
    maps: number;
    connections: number;
    acceptSeconds: number;
    rssMiBBefore: number;
    rssMiBAfter: number;
    idleCpuPercent: number;
  };
  editors: {
    target: string;
    editors: number;
    editsPerSecond: number;
    p50: number;
    p99: number;
    cpuPercentEach: number[];
    lost: number;
    saturated: string | null;
  }[];
}

export interface CapacityOptions {
  maps: number;
  connections: number;
  editors: number;
  pinning: Pinning | null;
  /** Environment of a two-process target (DATABASE_URL, REDIS_URL); none: one process only. */
  clusterEnv: Record<string, string> | null;
  log: (line: string) => void;
}

async function idleConnections(o: CapacityOptions): Promise<CapacityResult['idle']> {
  const server = new ServerProcess('trailmap', { pinning: o.pinning });
  await server.start();
  const wires: WireClient[] = [];
  try {
    const rooms = await inBatches(o.maps, 20, async () => {
      const created = await createMap(server.httpBase, 'Capacity', 'blank');
      return { server, name: created.id, token: created.token };
    });
    const rssMiBBefore = rssMiB(server.pid);
    const t0 = performance.now();
    const perMap = Math.ceil(o.connections / o.maps);
    wires.push(
      ...(await inBatches(o.connections, 100, (i) =>
        connectWire(roomUrl(rooms[Math.floor(i / perMap) % rooms.length]!)),
      )),
    );
    const acceptSeconds = (performance.now() - t0) / 1000;
    await sleep(2000);
    const usage = measureUsage(server.pid);
    await sleep(10_000);
    const window = usage.stop();
    const result = {
      maps: o.maps,
      connections: wires.length,
      acceptSeconds,
      rssMiBBefore,
      rssMiBAfter: window.rssMiBEnd,
      idleCpuPercent: window.cpuPercent,
    };
    o.log(`  idle: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await Promise.all(wires.map((w) => w.close()));
    await server.dispose();
  }
}

/** Runs the capacity suite. */
export async function capacitySuite(o: CapacityOptions): Promise<CapacityResult> {
  const idle = await idleConnections(o);
  const targets: [string, ServerProcess[]][] = [
    ['1 process, SQLite', [new ServerProcess('trailmap', { pinning: o.pinning })]],
  ];
  if (o.clusterEnv) {
    const env = o.clusterEnv;
    targets.push([
      '2 processes, PostgreSQL + Redis',
      [0, 1].map(() => new ServerProcess('trailmap', { pinning: o.pinning, env })),
    ]);
  }
  const editors: CapacityResult['editors'] = [];
  for (const [target, servers] of targets) {
    try {
      for (const server of servers) await server.start();
      // Every editor writes, about once every five seconds, as in a busy workshop.
      const run = await latencyRun(servers, {
        clients: o.editors,
        writers: o.editors,
        rate: 0.2,
        seconds: 15,
        wireReadersFrom: Infinity,
        seed: 3,
      });
      const row = {
        target,
        editors: o.editors,
        editsPerSecond: run.editRateAchieved,
        p50: run.latency.p50,
        p99: run.latency.p99,
        cpuPercentEach: run.serverCpuPercentEach,
        lost: run.lost,
        saturated: run.saturated,
      };
      o.log(`  ${o.editors} editors, ${target}: ${JSON.stringify(row)}`);
      editors.push(row);
    } finally {
      for (const server of servers) await server.dispose();
    }
  }
  return { idle, editors };
}
