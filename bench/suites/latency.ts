import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { editTargets, randomEdit } from '../lib/edits.ts';
import { Deliveries } from '../lib/deliveries.ts';
import { syntheticMap } from '../lib/fixtures.ts';
import { inBatches, sleep, stockClient, whenSynced, type StockClient } from '../lib/clients.ts';
import { measureUsage } from '../lib/proc.ts';
import { seededRng } from '../lib/random.ts';
import { prepareRoom, roomUrl } from '../lib/rooms.ts';
import type { ServerProcess } from '../lib/servers.ts';
import { distribution, type Distribution } from '../lib/stats.ts';
import { connectWire, type WireClient } from '../lib/wire.ts';

/*
 * Propagation latency: `writers` stock clients make realistic card edits at `rate` per second
 * each; every other client timestamps each edit's arrival. Writers, readers and the clock all
 * live in this one process, so there is no clock skew to correct for.
 */

export interface LatencyOptions {
  clients: number;
  seconds: number;
  writers: number;
  rate: number;
  /** From this many clients on, readers are protocol-level (no Y.Doc) so we do not measure ourselves. */
  wireReadersFrom: number;
  seed: number;
}

export interface LatencyRun {
  latency: Distribution;
  edits: number;
  expectedDeliveries: number;
  lost: number;
  /** Summed over the servers of the target. */
  serverCpuPercent: number;
  /** Per server process. */
  serverCpuPercentEach: number[];
  serverRssMiB: number;
  clientCpuPercent: number;
  /** Share of the edit window the server's / this process's main thread waited for a CPU. */
  serverWaitPercent: number;
  clientWaitPercent: number;
  clientLoopDelayP99Ms: number;
  editRateAchieved: number;
  readers: 'stock' | 'protocol';
  saturated: string | null;
}

// The map every latency run edits: a mid-sized working map.
const MAP = syntheticMap({ cards: 200, stages: 8, lanes: 6, seed: 7 });

/**
 * After the last edit, waits for what is still in flight until nothing has arrived for
 * `QUIET_MS` (at most `MAX_DRAIN_MS`); what is missing then is counted as lost. Late is not lost.
 */
const QUIET_MS = 5000;
const MAX_DRAIN_MS = 60_000;

async function drain(deliveries: Deliveries): Promise<void> {
  const deadline = performance.now() + MAX_DRAIN_MS;
  let seen = deliveries.latencies.length;
  let lastProgress = performance.now();
  while (deliveries.missing() > 0 && performance.now() < deadline) {
    await sleep(50);
    if (deliveries.latencies.length !== seen) {
      seen = deliveries.latencies.length;
      lastProgress = performance.now();
    } else if (performance.now() - lastProgress > QUIET_MS) return;
  }
}

/**
 * One latency run against `target`: one server, or several serving the same store (then
 * client i connects to server i mod n, and CPU is the sum over them, RSS the largest).
 */
export async function latencyRun(
  target: ServerProcess | ServerProcess[],
  o: LatencyOptions,
): Promise<LatencyRun> {
  const servers = Array.isArray(target) ? target : [target];
  const prepared = await prepareRoom(servers[0]!, MAP);
  let joined = 0;
  // Each new client goes to the next server in turn.
  const nextRoom = () => ({ ...prepared, server: servers[joined++ % servers.length]! });
  const writerCount = Math.min(o.writers, o.clients);
  const deliveries = new Deliveries(o.clients);
  // Hocuspocus names the document in every message: protocol-level y-websocket readers cannot
  // join it, so its readers are always its own provider (heavier on the client side).
  const useWire = o.clients >= o.wireReadersFrom && servers[0]!.kind !== 'hocuspocus';
  const stock: StockClient[] = [];
  const wires: WireClient[] = [];

  try {
    // Writers first; each also receives everyone else's edits.
    for (let i = 0; i < writerCount; i++) {
      const client = stockClient(nextRoom());
      const receiver = i;
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === client.provider)
          deliveries.arrived(receiver, client.doc.clientID, update, performance.now());
      });
      stock.push(client);
    }
    await Promise.all(stock.map((c) => whenSynced(c.provider)));
    const readerCount = o.clients - writerCount;
    if (useWire) {
      wires.push(
        ...(await inBatches(readerCount, 25, (j) =>
          connectWire(roomUrl(nextRoom()), {
            onUpdate: (update, at) => deliveries.arrived(writerCount + j, null, update, at),
          }),
        )),
      );
    } else {
      for (let j = 0; j < readerCount; j++) {
        const client = stockClient(nextRoom());
        const receiver = writerCount + j;
        client.doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin === client.provider)
            deliveries.arrived(receiver, null, update, performance.now());
        });
        stock.push(client);
      }
      await Promise.all(stock.map((c) => whenSynced(c.provider)));
    }
    // Let the awareness announcements of all those joins pass before timing anything.
    await sleep(1000);

    const writers = stock.slice(0, writerCount).map((client, i) => ({
      client,
      rng: seededRng(o.seed * 1000 + i),
      targets: editTargets(client.doc),
      made: 0,
    }));
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const usages = servers.map((server) => measureUsage(server.pid));
    const clientUsage = measureUsage(process.pid);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const periodMs = 1000 / o.rate;
    // Each writer keeps its own schedule in absolute time (no setInterval drift), phase-shifted
    // so that the writers' edits do not all leave in the same tick.
    const timers = writers.map(
      (w, i) =>
        new Promise<void>((done) => {
          const first = t0 + (i * periodMs) / writers.length;
          const tick = () => {
            if (performance.now() - t0 >= o.seconds * 1000) return done();
            const { doc } = w.client;
            const before = Y.getState(doc.store, doc.clientID);
            const sentAt = performance.now();
            randomEdit(doc, w.rng, w.targets, `${i}.${w.made++}`);
            if (Y.getState(doc.store, doc.clientID) > before)
              deliveries.record(doc.clientID, before, sentAt);
            setTimeout(tick, Math.max(0, first + w.made * periodMs - performance.now()));
          };
          setTimeout(tick, first - performance.now());
        }),
    );
    await Promise.all(timers);
    const seconds = (performance.now() - t0) / 1000;
    const perServer = usages.map((usage) => usage.stop());
    const server_ = {
      cpuPercent: perServer.reduce((sum, u) => sum + u.cpuPercent, 0),
      rssMiBPeak: Math.max(...perServer.map((u) => u.rssMiBPeak)),
      waitPercent: Math.max(...perServer.map((u) => u.waitPercent)),
    };
    const client = clientUsage.stop();
    const cpu = process.cpuUsage(cpu0);
    loop.disable();

    await drain(deliveries);
    const clientCpuPercent = ((cpu.user + cpu.system) / 1e6 / seconds) * 100;
    const clientLoopDelayP99Ms = loop.percentile(99) / 1e6;
    const editRateAchieved = deliveries.edited / seconds;
    const target = writerCount * o.rate;
    const reasons: string[] = [];
    if (client.waitPercent > 10)
      reasons.push(`client waited for a CPU ${client.waitPercent.toFixed(0)}% of the time`);
    if (clientCpuPercent > 85) reasons.push(`client CPU ${clientCpuPercent.toFixed(0)}%`);
    if (clientLoopDelayP99Ms > 50)
      reasons.push(`client loop delay p99 ${clientLoopDelayP99Ms.toFixed(0)} ms`);
    if (editRateAchieved < 0.95 * target)
      reasons.push(`edit rate ${editRateAchieved.toFixed(0)}/${target} per s`);
    return {
      latency: distribution(deliveries.latencies),
      edits: deliveries.edited,
      expectedDeliveries: deliveries.expected(),
      lost: deliveries.missing(),
      serverCpuPercent: server_.cpuPercent,
      serverCpuPercentEach: perServer.map((u) => u.cpuPercent),
      serverRssMiB: server_.rssMiBPeak,
      clientCpuPercent,
      serverWaitPercent: server_.waitPercent,
      clientWaitPercent: client.waitPercent,
      clientLoopDelayP99Ms,
      editRateAchieved,
      readers: useWire ? 'protocol' : 'stock',
      saturated: reasons.length ? reasons.join(', ') : null,
    };
  } finally {
    for (const client of stock) client.destroy();
    await Promise.all(wires.map((w) => w.close()));
  }
}
