import { randomBytes } from 'node:crypto';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { updateMessage } from '../lib/wire.ts';
import { closedWithin, idleSockets, openHostile, upgradeStatus, type Closed } from './hostile.ts';

/*
 * The bad input of issue 7, each against a live server. An attack passes when the server refuses
 * it with a clear reason (a 4xx close code or HTTP status and a message); the runner checks the
 * rest (others still served, memory back to baseline, stored map unchanged).
 */

export interface AttackContext {
  /** The room's sync URL with a valid editor token. */
  url: string;
  urlWithoutToken: string;
  urlWithBadToken: string;
  port: number;
  /** Runs while the attack's connections are still open: the others must be served meanwhile. */
  liveness(): Promise<void>;
  /** Whether a fresh stock client receives document data it cannot integrate. */
  freshClientGetsPending(): Promise<boolean>;
}

export interface Attack {
  name: string;
  /** What the server should do. */
  expect: string;
  run(ctx: AttackContext): Promise<{ ok: boolean; outcome: string }>;
  /** A known server bug: the attack is expected to fail until it is fixed (then flip this off). */
  knownBug?: string;
}

/** Server's documented largest WebSocket message: config.maxMessageBytes, 16 MiB. */
export const MAX_MESSAGE_BYTES = 16 * 2 ** 20;

const describe = (c: Closed) => `closed ${c.code} "${c.reason}"`;
// 4400–4499 tell the stock client not to retry; 1009 is the standard "message too big".
const refused = (c: Closed, codes: (code: number) => boolean) =>
  codes(c.code) && c.reason.length > 0;
const is4xx = (code: number) => code >= 4400 && code < 4500;

/** Sends `frames` on a fresh authorised connection and reports how the server ended it. */
async function sendAndWatch(ctx: AttackContext, frames: (Uint8Array | string)[]): Promise<Closed> {
  const hostile = await openHostile(ctx.url);
  for (const frame of frames) hostile.socket.send(frame);
  await ctx.liveness();
  const closed = await closedWithin(hostile, 5000);
  hostile.socket.terminate();
  return closed;
}

function validUpdateMessage(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', 'A title long enough to cut in half somewhere useful');
  return updateMessage(Y.encodeStateAsUpdate(doc));
}

// A well-formed update header whose one item names content type 15, which Yjs does not have.
function corruptYjsUpdate(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 1); // one struct
  encoding.writeVarUint(e, 424242); // client id
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 15); // info: no origins, content ref 15
  encoding.writeVarUint(e, 1); // parent is a named root type…
  encoding.writeVarString(e, 'cards'); // …"cards"
  encoding.writeVarString(e, 'payload');
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

// A structurally valid update whose item's left origin (client 999, clock 5) does not exist.
function danglingUpdate(): Uint8Array {
  const base = new Y.Doc();
  base.clientID = 999;
  for (let i = 0; i < 10; i++) base.getArray('cards-x').push([i]);
  const other = new Y.Doc();
  other.clientID = 1000;
  Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
  other.getArray('cards-x').insert(7, ['dangling']);
  return Y.encodeStateAsUpdate(other, Y.encodeStateVector(base));
}

function awarenessMessage(client: number, clock: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, client);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(
    update,
    JSON.stringify({ user: { name: 'Flood', color: '#000000' }, cursor: { x: clock, y: clock } }),
  );
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(update));
  return encoding.toUint8Array(e);
}

export const ATTACKS: Attack[] = [
  {
    name: 'random bytes',
    expect: 'closed 4400 with a reason',
    async run(ctx) {
      const frames = Array.from(
        { length: 5 },
        () => new Uint8Array(randomBytes(1 + Math.floor(Math.random() * 256))),
      );
      // A leading 0x0a is no message type the protocol knows, so the frame cannot be valid by luck.
      for (const f of frames) f[0] = 0x0a;
      const closed = await sendAndWatch(ctx, frames);
      return { ok: refused(closed, is4xx), outcome: describe(closed) };
    },
  },
  {
    name: 'truncated sync message',
    expect: 'closed 4400 with a reason',
    async run(ctx) {
      const message = validUpdateMessage();
      const closed = await sendAndWatch(ctx, [message.subarray(0, Math.floor(message.length / 2))]);
      return { ok: refused(closed, is4xx), outcome: describe(closed) };
    },
  },
  {
    name: 'valid framing, corrupt Yjs update',
    expect: 'closed 4400 with a reason',
    async run(ctx) {
      const closed = await sendAndWatch(ctx, [updateMessage(corruptYjsUpdate())]);
      return { ok: refused(closed, is4xx), outcome: describe(closed) };
    },
  },
  {
    name: 'text frame',
    expect: 'closed 4400 with a reason',
    async run(ctx) {
      const closed = await sendAndWatch(ctx, ['{"hello":"server"}']);
      return { ok: refused(closed, is4xx), outcome: describe(closed) };
    },
  },
  {
    name: `oversized frame (${MAX_MESSAGE_BYTES / 2 ** 20} MiB + 1 byte)`,
    expect: 'closed 1009 (Message Too Big)',
    async run(ctx) {
      const frame = new Uint8Array(MAX_MESSAGE_BYTES + 1);
      const closed = await sendAndWatch(ctx, [frame]);
      // ws sends 1009 without a reason text; the standard code is the reason.
      return { ok: closed.code === 1009, outcome: describe(closed) };
    },
  },
  {
    name: '1,000 connections never authenticated',
    expect: 'every upgrade refused with 401; 1,000 idle TCP sockets do not stop service',
    async run(ctx) {
      const statuses = new Map<number, number>();
      for (let i = 0; i < 1000; i += 100) {
        const batch = Array.from({ length: 100 }, (_, j) =>
          upgradeStatus(i + j < 500 ? ctx.urlWithoutToken : ctx.urlWithBadToken),
        );
        for (const status of await Promise.all(batch))
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
      const idle = await idleSockets(ctx.port, 1000);
      await ctx.liveness();
      for (const socket of idle) socket.destroy();
      const outcome = [...statuses].map(([s, n]) => `${n}× HTTP ${s}`).join(', ');
      return {
        ok: statuses.get(401) === 1000,
        outcome: `${outcome}; service kept up with 1,000 idle sockets`,
      };
    },
  },
  {
    name: 'awareness flood (20,000 updates from one client)',
    expect: 'throttled or closed with a reason',
    async run(ctx) {
      const hostile = await openHostile(ctx.url);
      const client = 77_777;
      for (let clock = 1; clock <= 20_000; clock++)
        hostile.socket.send(awarenessMessage(client, clock));
      await ctx.liveness();
      const closed = await closedWithin(hostile, 3000);
      hostile.socket.terminate();
      return {
        ok: closed.code !== 0 && closed.reason.length > 0,
        outcome: closed.code ? describe(closed) : 'all accepted and relayed, connection kept',
      };
    },
  },
  {
    name: 'update with missing dependencies',
    expect: 'refused, or at least neither relayed nor stored',
    async run(ctx) {
      const closed = await sendAndWatch(ctx, [updateMessage(danglingUpdate())]);
      const leaked = await ctx.freshClientGetsPending();
      const how = closed.code ? describe(closed) : 'accepted, connection kept';
      return {
        ok: refused(closed, is4xx) || !leaked,
        outcome: `${how}; a fresh client ${leaked ? 'receives' : 'does not receive'} the unintegrable data`,
      };
    },
  },
];
