import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/*
 * The figures an operator watches, in the Prometheus text format at /metrics: open rooms,
 * connected clients, updates stored, store append latency, bus lag, bytes in and out. One
 * registry per server (prom-client's default one is a module-level singleton).
 */

export interface MetricsSources {
  /** Rooms loaded and clients connected, read when scraped. */
  rooms(): { peers: number }[];
}

export class Metrics {
  readonly registry = new Registry();
  private readonly updates: Counter;
  private readonly appendSeconds: Histogram;
  private readonly busLag: Histogram;
  private readonly bytesIn: Counter;
  private readonly bytesOut: Counter;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    new Gauge({
      name: 'trailmap_rooms_open',
      help: 'Rooms (map, comments or workshop documents) loaded in this process',
      registers,
      collect() {
        this.set(sources.rooms().length);
      },
    });
    new Gauge({
      name: 'trailmap_clients_connected',
      help: 'WebSocket clients connected to this process',
      registers,
      collect() {
        this.set(sources.rooms().reduce((n, room) => n + room.peers, 0));
      },
    });
    this.updates = new Counter({
      name: 'trailmap_updates_stored_total',
      help: 'Document updates appended to the store',
      registers,
    });
    this.appendSeconds = new Histogram({
      name: 'trailmap_store_append_seconds',
      help: 'Time to append a batch of updates durably',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.busLag = new Histogram({
      name: 'trailmap_bus_lag_seconds',
      help: 'Time from publish on the bus to delivery in this process',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers,
    });
    this.bytesIn = new Counter({
      name: 'trailmap_bytes_received_total',
      help: 'WebSocket bytes received from clients',
      registers,
    });
    this.bytesOut = new Counter({
      name: 'trailmap_bytes_sent_total',
      help: 'WebSocket bytes sent to clients',
      registers,
    });
  }

  stored(updates: number, seconds: number): void {
    this.updates.inc(updates);
    this.appendSeconds.observe(seconds);
  }

  lag(ms: number): void {
    this.busLag.observe(Math.max(0, ms) / 1000);
  }

  received(bytes: number): void {
    this.bytesIn.inc(bytes);
  }

  sent(bytes: number): void {
    this.bytesOut.inc(bytes);
  }
}
