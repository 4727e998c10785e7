import { randomBytes } from 'node:crypto';
import { createClient } from 'redis';
import type { BusListener, ControlEvent, RoomBus, RoomMessage } from './bus.ts';

/*
 * The Redis bus (REDIS_URL=redis://…): pub/sub, one channel per loaded room and one for
 * control events. Pub/sub rather than streams: every update is already durable in the store
 * before it is published, so the store is the log a process catches up from; the bus only has
 * to be fast. While Redis is unreachable (either connection down, or a publish refused),
 * publishes are dropped (not queued in memory) and each process keeps serving its own clients;
 * once both connections are back every room catches up from the store (onResume) and says
 * again what it holds. An update lost another way (its publisher killed between storing and
 * publishing) is caught up by the rooms themselves (see Room.hear).
 *
 * Wire format of a room message: [kind][16-byte sender][8-byte send time][payload].
 */

const KINDS = ['update', 'awareness', 'joined'] as const;
const SENDER = 16;
const HEADER = 1 + SENDER + 8;
const CONTROL = 'trailmap:control';
const channelOf = (room: string) => `trailmap:room:${room}`;

export interface RedisBusOptions {
  /** Called with the time a message spent between publish and delivery (ms). */
  onLag?: (ms: number) => void;
  log?: (line: string) => void;
}

/** Connects to Redis (a publishing and a subscribing connection); resolves once both are up. */
export async function openRedisBus(url: string, options: RedisBusOptions = {}): Promise<RoomBus> {
  const log = options.log ?? (() => {});
  const sender = randomBytes(SENDER);
  const settings = {
    url,
    // Fail fast while Redis is away: the store is the record, a lost publish is caught up.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000) },
  };
  const pub = createClient(settings);
  const sub = createClient(settings);
  let problem: string | null = null;
  // Set when a message may have been lost (a connection failed, a publish was refused), and
  // cleared, with every room catching up, once both connections are ready again.
  let lost = false;
  const fail = (error: Error) => {
    if (!lost) log(`redis: ${error.message}; serving local clients only until it is back`);
    lost = true;
    problem = `redis unreachable: ${error.message}`;
  };
  const recover = async () => {
    if (!lost || !pub.isReady || !sub.isReady) return;
    lost = false;
    problem = null;
    log('redis: back; rooms catch up from the store');
    for (const [onMessage, channel] of [...unsubscribed]) {
      if (await tryToSubscribe(channel, onMessage)) unsubscribed.delete(onMessage);
    }
    for (const resume of resumers) resume();
  };
  const resumers = new Set<() => void>();
  for (const client of [pub, sub]) {
    client.on('error', fail);
    client.on('ready', () => void recover());
  }
  await Promise.all([pub.connect(), sub.connect()]);

  // Rooms whose subscription failed while Redis was away, retried when it is back.
  const unsubscribed = new Map<(message: Buffer) => void, string>();
  const tryToSubscribe = async (channel: string, onMessage: (message: Buffer) => void) => {
    if (!sub.isReady) return false;
    try {
      await sub.subscribe(channel, onMessage, true);
      return true;
    } catch {
      return false;
    }
  };
  const isMine = (message: Buffer) => message.subarray(1, 1 + SENDER).equals(sender);
  const send = (channel: string, payload: Buffer) => {
    if (!pub.isReady) {
      lost = true;
      return;
    }
    pub.publish(channel, payload).catch((error: Error) => {
      fail(error);
      // Refused on a connection that looks ready: no "ready" event may follow to recover.
      setTimeout(() => void recover(), 1000).unref();
    });
  };

  return {
    kind: 'redis',
    get problem() {
      return problem;
    },

    async subscribe(room, listener: BusListener<RoomMessage>) {
      const onMessage = (message: Buffer) => {
        if (message.length < HEADER || isMine(message)) return;
        options.onLag?.(Date.now() - message.readDoubleLE(1 + SENDER));
        const kind = KINDS[message[0]!];
        const payload = new Uint8Array(message.subarray(HEADER));
        if (kind === 'joined') listener({ type: kind, stateVector: payload });
        else if (kind) listener({ type: kind, update: payload });
      };
      const channel = channelOf(room);
      // Redis away: the room still loads and serves; it subscribes when Redis is back.
      if (!(await tryToSubscribe(channel, onMessage))) unsubscribed.set(onMessage, channel);
      return () => {
        unsubscribed.delete(onMessage);
        sub.unsubscribe(channel, onMessage, true).catch(() => {});
      };
    },

    publish(room, message) {
      const payload = message.type === 'joined' ? message.stateVector : message.update;
      const buffer = Buffer.allocUnsafe(HEADER + payload.byteLength);
      buffer[0] = KINDS.indexOf(message.type);
      sender.copy(buffer, 1);
      buffer.writeDoubleLE(Date.now(), 1 + SENDER);
      buffer.set(payload, HEADER);
      send(channelOf(room), buffer);
    },

    async onControl(listener: BusListener<ControlEvent>) {
      const me = sender.toString('hex');
      const onMessage = (text: string) => {
        try {
          const { from, event } = JSON.parse(text) as { from: string; event: ControlEvent };
          if (from !== me) listener(event);
        } catch {
          // Not ours: nothing else publishes here, but a stray message must not crash us.
        }
      };
      await sub.subscribe(CONTROL, onMessage);
      return () => {
        sub.unsubscribe(CONTROL, onMessage).catch(() => {});
      };
    },

    control(event) {
      send(CONTROL, Buffer.from(JSON.stringify({ from: sender.toString('hex'), event })));
    },

    onResume(listener) {
      resumers.add(listener);
      return () => resumers.delete(listener);
    },

    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}
