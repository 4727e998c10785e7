import type { ServerProcess, ServerKind } from '../lib/servers.ts';
import { repeated, type Repeated } from '../lib/stats.ts';
import { latencyRun, type LatencyOptions, type LatencyRun } from './latency.ts';

/* Every client count, repeated, both servers interleaved so that drift hits both alike. */

export interface LatencySummary {
  server: ServerKind;
  clients: number;
  readers: 'stock' | 'protocol';
  p50: Repeated;
  p95: Repeated;
  p99: Repeated;
  max: Repeated;
  serverCpuPercent: Repeated;
  serverRssMiB: Repeated;
  /** Share of the window the server waited for a CPU: other work on the machine, if high. */
  serverWaitPercent: Repeated;
  clientWaitPercent: Repeated;
  edits: number;
  expectedDeliveries: number;
  lost: number;
  /** Why the client side may have been the bottleneck, per run (null: it was not). */
  saturated: (string | null)[];
  runs: LatencyRun[];
}

export interface LatencySuiteOptions extends Omit<LatencyOptions, 'clients'> {
  clientCounts: number[];
  repeats: number;
  log: (line: string) => void;
}

function summarize(server: ServerKind, clients: number, runs: LatencyRun[]): LatencySummary {
  const of = (pick: (run: LatencyRun) => number) => repeated(runs.map(pick));
  return {
    server,
    clients,
    readers: runs[0]!.readers,
    p50: of((r) => r.latency.p50),
    p95: of((r) => r.latency.p95),
    p99: of((r) => r.latency.p99),
    max: of((r) => r.latency.max),
    serverCpuPercent: of((r) => r.serverCpuPercent),
    serverRssMiB: of((r) => r.serverRssMiB),
    serverWaitPercent: of((r) => r.serverWaitPercent),
    clientWaitPercent: of((r) => r.clientWaitPercent),
    edits: runs.reduce((sum, r) => sum + r.edits, 0),
    expectedDeliveries: runs.reduce((sum, r) => sum + r.expectedDeliveries, 0),
    lost: runs.reduce((sum, r) => sum + r.lost, 0),
    saturated: runs.map((r) => r.saturated),
    runs,
  };
}

export async function latencySuite(
  servers: ServerProcess[],
  o: LatencySuiteOptions,
): Promise<LatencySummary[]> {
  // A short discarded run per server first: the first seconds of a fresh process are JIT warm-up.
  for (const server of servers) await latencyRun(server, { ...o, clients: 2, seconds: 2 });
  const summaries: LatencySummary[] = [];
  for (const clients of o.clientCounts) {
    const runs = new Map<ServerKind, LatencyRun[]>(servers.map((s) => [s.kind, []]));
    for (let r = 0; r < o.repeats; r++) {
      // Alternate which server goes first in each repeat.
      const order = r % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const run = await latencyRun(server, { ...o, clients, seed: o.seed + r });
        runs.get(server.kind)!.push(run);
        o.log(
          `  latency ${server.label} N=${clients} #${r + 1}: p50 ${run.latency.p50.toFixed(2)} ms, ` +
            `p99 ${run.latency.p99.toFixed(1)} ms, lost ${run.lost}, CPU ${run.serverCpuPercent.toFixed(0)}%, ` +
            `waited for a CPU: server ${run.serverWaitPercent.toFixed(0)}%, clients ${run.clientWaitPercent.toFixed(0)}%` +
            (run.saturated ? ` (client saturated: ${run.saturated})` : ''),
        );
      }
    }
    for (const server of servers)
      summaries.push(summarize(server.kind, clients, runs.get(server.kind)!));
  }
  return summaries;
}
