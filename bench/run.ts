import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, type BenchOptions } from './lib/args.ts';
import { choosePinning, pinSelf, type Pinning } from './lib/proc.ts';
import {
  repoRoot,
  startServer,
  type ServerKind,
  type ServerOptions,
  type ServerProcess,
} from './lib/servers.ts';
import { renderReport, type BenchResults } from './report.ts';
import { buildApp, canvasRun } from './suites/canvas.ts';
import { largeMapRun } from './suites/largeMap.ts';
import { latencySuite } from './suites/latencySuite.ts';
import { manyMapsRun } from './suites/manyMaps.ts';
import { scaleoutSuite } from './suites/scaleout.ts';
import { capacitySuite } from './suites/capacity.ts';
import { observedSuite } from './suites/observed.ts';
import { clusterEngines } from './lib/engines.ts';

/*
 * `npm run bench`: Trailmap and the y-websocket reference server side by side, each in its own
 * child process on loopback, figures printed as one table and written to bench/results/.
 */

// Trailmap's rooms unload 30 s (its default UNLOAD_DELAY_MS, kept here because it is what users
// run) after their last client left; the memory benchmark waits that long plus a margin.
const UNLOAD_WAIT_MS = 33_000;
const KINDS: ServerKind[] = ['trailmap', 'reference'];

const log = (line: string) => console.log(line);

async function withServers<T>(
  options: ServerOptions,
  fn: (servers: ServerProcess[]) => Promise<T>,
): Promise<T> {
  const servers: ServerProcess[] = [];
  try {
    for (const kind of KINDS) servers.push(await startServer(kind, options));
    return await fn(servers);
  } finally {
    for (const server of servers) await server.dispose();
  }
}

async function runSuites(o: BenchOptions, pinning: Pinning | null, results: BenchResults) {
  const attempt = async (suite: string, fn: () => Promise<void>) => {
    const t0 = performance.now();
    log(`\n== ${suite}`);
    try {
      await fn();
    } catch (error) {
      const message = (error as Error).stack ?? String(error);
      results.errors.push({ suite, message });
      log(`ERROR: ${message}`);
    }
    log(`   (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  };

  if (o.suites.includes('latency')) {
    await attempt('latency', () =>
      withServers({ pinning }, async (servers) => {
        results.latency = await latencySuite(servers, {
          clientCounts: o.clientCounts,
          repeats: o.repeats,
          seconds: o.latencySeconds,
          writers: 10,
          rate: 20,
          wireReadersFrom: 100,
          seed: 1,
          log,
        });
      }),
    );
  }
  if (o.suites.includes('scaleout')) {
    await attempt('scale-out', async () => {
      const summaries = await scaleoutSuite({
        clientCounts: o.clientCounts.filter((n) => n >= 50),
        repeats: o.repeats,
        seconds: o.latencySeconds,
        writers: 10,
        rate: 20,
        wireReadersFrom: 100,
        seed: 1,
        pinning,
        log,
      });
      if (summaries) results.scaleout = summaries;
    });
  }
  if (o.suites.includes('capacity')) {
    await attempt('capacity', async () => {
      const engines = await clusterEngines();
      try {
        results.capacity = await capacitySuite({
          maps: o.quick ? 100 : 1000,
          connections: o.quick ? 1000 : 10_000,
          editors: o.quick ? 50 : 300,
          pinning,
          clusterEnv: engines?.env ?? null,
          log,
        });
      } finally {
        await engines?.dispose();
      }
    });
  }
  if (o.suites.includes('large')) {
    await attempt('large map', () =>
      withServers({ pinning }, async (servers) => {
        results.largeMap = [];
        for (const server of servers) {
          const r = await largeMapRun(server, { cards: o.largeCards, repeats: o.largeRepeats });
          log(`  ${server.label}: ${JSON.stringify(r)}`);
          results.largeMap.push({ server: server.kind, ...r });
        }
      }),
    );
  }
  if (o.suites.includes('many')) {
    await attempt('many maps', () =>
      withServers({ pinning, inspect: true }, async (servers) => {
        const list = await manyMapsRun(servers, { maps: o.manyMaps, unloadWaitMs: UNLOAD_WAIT_MS });
        results.manyMaps = list.map((r, i) => ({ server: servers[i]!.kind, ...r }));
        for (const r of results.manyMaps) log(`  ${JSON.stringify(r)}`);
      }),
    );
  }
  if (o.suites.includes('canvas')) {
    await attempt('canvas', async () => {
      if (o.build) buildApp();
      // Chromium is several processes: give it every core rather than the clients' one.
      if (pinning) pinSelf(`0-${cpus().length - 1}`);
      const server = await startServer('trailmap');
      try {
        results.canvas = await canvasRun(server, {
          sizes: o.canvasSizes,
          interactMs: o.canvasMs,
          build: o.build,
        });
        for (const r of results.canvas) log(`  ${JSON.stringify(r)}`);
      } finally {
        await server.dispose();
        if (pinning) pinSelf(pinning.clients);
      }
    });
  }
  if (o.suites.includes('observed')) {
    await attempt('observed', async () => {
      // The browser half serves dist/; the canvas suite may have built it already.
      if (o.build && !o.suites.includes('canvas')) buildApp();
      if (pinning) pinSelf(`0-${cpus().length - 1}`);
      try {
        results.observed = await observedSuite(log);
      } finally {
        if (pinning) pinSelf(pinning.clients);
      }
    });
  }
}

async function main() {
  const o = parseBenchArgs(process.argv.slice(2));
  // Every stock provider registers a process 'exit' listener; 1,000 of them are expected here.
  process.setMaxListeners(0);
  const pinning = choosePinning();
  if (pinning && !pinSelf(pinning.clients)) log('taskset refused: running unpinned');
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      os: `${platform()} ${release()}`,
    },
    pinning,
    options: o,
    notes: [
      'Latency: 10 writers (stock y-websocket clients) × 20 realistic card edits/s; at N=2 both clients write. Readers are stock clients below 100 clients, protocol-level (real handshake, no Y.Doc) above.',
      'Trailmap runs with its SQLite store and access control on (workspace key; clients use an editor share-link token); the reference server keeps documents in memory only.',
      `Many maps: Trailmap's default unloadDelayMs (30 s) applies; RSS is read after a forced full GC ${UNLOAD_WAIT_MS / 1000} s after the last client left.`,
    ],
    targets: [],
    errors: [],
  };
  // Other work on the machine skews every figure: record the load so that a reader can tell.
  const loadBefore = loadavg()[0]!;
  if (loadBefore > 1)
    log(`Warning: load average ${loadBefore.toFixed(1)} before the run; figures will be noisy.`);
  const t0 = performance.now();
  await runSuites(o, pinning, results);
  const loadAfter = loadavg()[0]!;
  results.notes.push(
    `Load average (1 min) ${loadBefore.toFixed(2)} before and ${loadAfter.toFixed(2)} after the run` +
      ' (the run itself adds about 1.5)' +
      (loadBefore > 1 ? ': other work was running, figures are noisy.' : '.'),
  );
  const report = renderReport(results);
  log(`\n${report}\n\nTotal ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const dir = join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, o.partial ? 'partial.json' : 'latest.json');
  writeFileSync(file, JSON.stringify(results, compact, 1) + '\n');
  log(`Wrote ${file}`);
  process.exit(results.errors.length ? 1 : 0);
}

// Rounds numbers in the JSON file: microsecond digits are noise and bloat it.
function compact(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value)
    ? Math.round(value * 100) / 100
    : value;
}

await main();
