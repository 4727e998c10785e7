import { readdirSync, readFileSync } from 'node:fs';
import { clusterEngines } from '../lib/engines.ts';
import { cpuSeconds, type Pinning } from '../lib/proc.ts';
import { ServerProcess } from '../lib/servers.ts';
import { repeated, type Repeated } from '../lib/stats.ts';
import { latencyRun, type LatencyOptions, type LatencyRun } from './latency.ts';

/*
 * Scale-out: the latency case with clients split over two Trailmap processes on PostgreSQL +
 * Redis, against one process on SQLite, the y-websocket reference and two Hocuspocus processes
 * on Redis, in the same run. Also the CPU PostgreSQL and Redis spent meanwhile (all their
 * processes, from /proc; Hocuspocus's rows show the Redis figure and PostgreSQL idle).
 */

export interface ScaleoutSummary {
  target: string;
  clients: number;
  p50: Repeated;
  p95: Repeated;
  p99: Repeated;
  /** Summed over the target's server processes, and per process. */
  serverCpuPercent: Repeated;
  serverCpuPercentEach: number[][];
  postgresCpuPercent: Repeated | null;
  redisCpuPercent: Repeated | null;
  lost: number;
  /** Why runs were client-saturated (their figures measure the clients, not the server). */
  saturated: string[];
}

export interface ScaleoutOptions extends Omit<LatencyOptions, 'clients'> {
  clientCounts: number[];
  repeats: number;
  pinning: Pinning | null;
  log: (line: string) => void;
}

/** CPU seconds of every process whose command is `name` (PostgreSQL forks one per connection). */
function cpuOf(name: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name)
        total += cpuSeconds(Number(entry)) || 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

interface Target {
  label: string;
  servers: ServerProcess[];
  /** Whether PostgreSQL and Redis serve it (their CPU is then measured). */
  engines: boolean;
}

/** Runs the suite; null (with the reason logged) when there is no PostgreSQL to run on. */
export async function scaleoutSuite(o: ScaleoutOptions): Promise<ScaleoutSummary[] | null> {
  const engines = await clusterEngines();
  if (!engines) {
    o.log('  skipped: needs BENCH_DATABASE_URL (or TEST_DATABASE_URL) naming a PostgreSQL server');
    return null;
  }
  const { env } = engines;
  const targets: Target[] = [
    {
      label: 'Trailmap, 1 process, SQLite',
      servers: [new ServerProcess('trailmap', { pinning: o.pinning })],
      engines: false,
    },
    {
      label: 'Trailmap, 2 processes, PostgreSQL + Redis',
      servers: [
        new ServerProcess('trailmap', { pinning: o.pinning, env }),
        new ServerProcess('trailmap', { pinning: o.pinning, env }),
      ],
      engines: true,
    },
    {
      label: 'y-websocket ref',
      servers: [new ServerProcess('reference', { pinning: o.pinning })],
      engines: false,
    },
    {
      // What a team would pick instead: two Hocuspocus processes on the same Redis (in memory).
      label: 'Hocuspocus, 2 processes, Redis',
      servers: [0, 1].map(
        () =>
          new ServerProcess('hocuspocus', {
            pinning: o.pinning,
            env: { REDIS_URL: env.REDIS_URL },
          }),
      ),
      engines: true,
    },
  ];
  const summaries: ScaleoutSummary[] = [];
  try {
    for (const target of targets) for (const server of target.servers) await server.start();
    // Warm-up, discarded: JIT, connection pools.
    for (const target of targets)
      await latencyRun(target.servers, { ...o, clients: 2, seconds: 2 });
    for (const clients of o.clientCounts) {
      const runs = new Map<Target, { run: LatencyRun; pg: number; redis: number }[]>(
        targets.map((t) => [t, []]),
      );
      for (let r = 0; r < o.repeats; r++) {
        for (const target of r % 2 ? [...targets].reverse() : targets) {
          const pg0 = cpuOf('postgres');
          const redis0 = cpuOf('redis-server');
          const t0 = performance.now();
          const run = await latencyRun(target.servers, { ...o, clients, seed: o.seed + r });
          const seconds = (performance.now() - t0) / 1000;
          const pg = ((cpuOf('postgres') - pg0) / seconds) * 100;
          const rd = ((cpuOf('redis-server') - redis0) / seconds) * 100;
          runs.get(target)!.push({ run, pg, redis: rd });
          o.log(
            `  scale-out ${target.label} N=${clients} #${r + 1}: p50 ${run.latency.p50.toFixed(2)} ms, ` +
              `p99 ${run.latency.p99.toFixed(1)} ms, lost ${run.lost}, server CPU ` +
              `${run.serverCpuPercentEach.map((c) => `${c.toFixed(0)}%`).join(' + ')}` +
              (target.engines ? `, PostgreSQL ${pg.toFixed(0)}%, Redis ${rd.toFixed(0)}%` : '') +
              (run.saturated ? ` (saturated: ${run.saturated})` : ''),
          );
        }
      }
      for (const target of targets) {
        const list = runs.get(target)!;
        const of = (pick: (x: (typeof list)[0]) => number) => repeated(list.map(pick));
        summaries.push({
          target: target.label,
          clients,
          p50: of((x) => x.run.latency.p50),
          p95: of((x) => x.run.latency.p95),
          p99: of((x) => x.run.latency.p99),
          serverCpuPercent: of((x) => x.run.serverCpuPercent),
          serverCpuPercentEach: list.map((x) => x.run.serverCpuPercentEach),
          postgresCpuPercent: target.engines ? of((x) => x.pg) : null,
          redisCpuPercent: target.engines ? of((x) => x.redis) : null,
          lost: list.reduce((sum, x) => sum + x.run.lost, 0),
          saturated: list.flatMap((x) => (x.run.saturated ? [x.run.saturated] : [])),
        });
      }
    }
    return summaries;
  } finally {
    for (const target of targets) for (const server of target.servers) await server.dispose();
    await engines.dispose();
  }
}
