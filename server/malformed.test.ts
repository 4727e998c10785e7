import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addCard, readMap } from '../src/doc/index.ts';
import { syncMessage } from './test/rawClient.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

const res = useResources();

/** Deterministic bytes (mulberry32), so a failure reproduces. */
function seededBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

/** A genuine update, cut short: Yjs cannot decode it. */
function truncatedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', 'Sneaky title that should never be stored');
  const update = Y.encodeStateAsUpdate(doc);
  return update.subarray(0, update.length - 6);
}

/** Sends `data` on a raw socket and resolves with the close code and reason. */
function sendAndAwaitClose(url: string, data: Uint8Array | string) {
  return new Promise<{ code: number; reason: string }>((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.on('open', () => socket.send(data));
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.on('error', reject);
  });
}

describe('malformed input', () => {
  it('closes only the offending connection and never touches the document or the store', async () => {
    const dataDir = await tempDir(res);
    const server = await startServer(res, { dataDir, maxMessageBytes: 64 * 1024 });
    const http = api(server);
    const id = await http.createMap('Robust', 'ecommerce');
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    let aliceDrops = 0;
    alice.provider.on('connection-close', () => aliceDrops++);
    const { stages, lanes } = readMap(alice.doc);
    addCard(alice.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'before' });
    await waitFor(() => expect(readMap(bob.doc)).toEqual(readMap(alice.doc)));

    const before = (await http.get(`/api/maps/${id}/export`)).body;
    const stateBefore = Y.encodeStateAsUpdate(bob.doc);
    const logBefore = server.rooms();

    const url = `ws://localhost:${server.port}/collab/${id}?token=${server.workspaceKey}`;
    const attacks: [string, Uint8Array | string, number][] = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, Uint8Array, number] => [
        `random ${seed}`,
        seededBytes(seed, 97),
        4400,
      ]),
      // Random update bodies in a well-formed envelope reach Y.decodeUpdate itself.
      ...[11, 12, 13, 14, 15, 16, 17, 18].map((seed): [string, Uint8Array, number] => [
        `random update ${seed}`,
        syncMessage(2, seededBytes(seed, 97)),
        4400,
      ]),
      ['unknown message type', Uint8Array.of(7, 1, 2), 4400],
      ['auth message from a client', Uint8Array.of(2, 0), 4400],
      ['unknown sync step', syncMessage(9, Uint8Array.of(0)), 4400],
      ['truncated message', Uint8Array.of(0, 2, 40, 1, 2, 3), 4400],
      ['undecodable update', syncMessage(2, truncatedUpdate()), 4400],
      ['undecodable sync step 2', syncMessage(1, truncatedUpdate()), 4400],
      ['trailing bytes', Uint8Array.of(3, 0, 0), 4400],
      ['empty message', new Uint8Array(0), 4400],
      ['awareness that is not JSON', Uint8Array.of(1, 5, 1, 1, 1, 1, 0x7b), 4400],
      ['text frame', 'hello', 4400],
      ['oversized message', new Uint8Array(65 * 1024), 1009],
    ];
    for (const [name, data, code] of attacks) {
      const closed = await sendAndAwaitClose(url, data);
      expect(closed.code, name).toBe(code);
      if (code === 4400) expect(closed.reason, name).toMatch(/^Malformed message: /);
    }

    expect(server.rooms()).toEqual(logBefore);
    expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(before);
    expect(Y.encodeStateAsUpdate(bob.doc)).toEqual(stateBefore);

    // The other clients never noticed and keep collaborating.
    addCard(bob.doc, { stageId: stages[1]!.id, laneId: lanes[1]!.id, title: 'after' });
    await waitFor(() => expect(readMap(alice.doc)).toEqual(readMap(bob.doc)));
    expect(aliceDrops).toBe(0);
    expect(readMap(alice.doc).cards.map((c) => c.title)).toEqual(
      expect.arrayContaining(['before', 'after']),
    );
    const expected = readMap(alice.doc);
    alice.provider.destroy();
    bob.provider.destroy();
    await server.close();

    // And what was stored is exactly the legitimate edits.
    const again = await startServer(res, { dataDir });
    expect((await api(again).get(`/api/maps/${id}/export`)).body).toEqual(expected);
  });
});
