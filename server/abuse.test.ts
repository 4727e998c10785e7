import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PRESENCE_BURST } from './collab/presence.ts';
import { MAX_PENDING_BYTES } from './collab/room.ts';
import { rawClient, syncMessage } from './test/rawClient.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

/* Clients that send too much, or data that can never be integrated. */

const res = useResources();

async function setup() {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir });
  const id = await api(server).createMap('Abuse', 'ecommerce');
  return { dataDir, server, id };
}

/** One awareness message announcing `client` at `clock` with a pointer position. */
function presence(client: number, clock: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, client);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify({ user: { name: 'Eve' }, cursor: { x: clock } }));
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

/** Ten items by client 999, and one item by client 1000 inserted between them. */
function splitHistory(inserted: unknown = 'dangling') {
  const base = new Y.Doc();
  base.clientID = 999;
  for (let i = 0; i < 10; i++) base.getArray('list').push([i]);
  const other = new Y.Doc();
  other.clientID = 1000;
  Y.applyUpdate(other, Y.encodeStateAsUpdate(base));
  other.getArray('list').insert(7, [inserted]);
  return {
    base: Y.encodeStateAsUpdate(base),
    /** Only client 1000's item: its neighbours are in `base`. */
    dependent: Y.encodeStateAsUpdate(other, Y.encodeStateVector(base)),
  };
}

describe('presence flood', () => {
  it('relays a burst as a few messages with the newest state', async () => {
    const { server, id } = await setup();
    const bob = await syncedClient(res, server, id);
    let relays = 0;
    bob.provider.awareness.on('update', ({ updated, added }: Record<string, number[]>) => {
      if ([...updated!, ...added!].includes(4242)) relays++;
    });
    const eve = await rawClient(res, server.port, id, server.workspaceKey);
    for (let clock = 1; clock <= 100; clock++) eve.socket.send(presence(4242, clock));

    await waitFor(() =>
      expect(bob.provider.awareness.getStates().get(4242)).toMatchObject({ cursor: { x: 100 } }),
    );
    expect(relays).toBeGreaterThan(0);
    expect(relays).toBeLessThan(20);
  });

  it('closes a client that floods presence, and everyone else keeps theirs', async () => {
    const { server, id } = await setup();
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    let relays = 0;
    bob.provider.awareness.on('update', ({ updated, added }: Record<string, number[]>) => {
      if ([...updated!, ...added!].includes(7777)) relays++;
    });
    const eve = await rawClient(res, server.port, id, server.workspaceKey);
    for (let clock = 1; clock <= 5000; clock++) eve.socket.send(presence(7777, clock));

    const closed = await eve.closed;
    expect(closed.code).toBe(4429);
    expect(closed.reason).toMatch(/^Too fast: /);
    // The flooder's presence is gone with it; at most its burst was ever relayed.
    await waitFor(() => expect(bob.provider.awareness.getStates().has(7777)).toBe(false));
    expect(relays).toBeLessThanOrEqual(PRESENCE_BURST);

    alice.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
    await waitFor(() =>
      expect(bob.provider.awareness.getStates().get(alice.doc.clientID)).toMatchObject({
        cursor: { x: 1, y: 2 },
      }),
    );
  });
});

describe('updates with missing dependencies', () => {
  it('are neither served nor stored until their dependencies arrive', async () => {
    const { dataDir, server, id } = await setup();
    const { base, dependent } = splitHistory();
    const eve = await rawClient(res, server.port, id, server.workspaceKey);
    eve.socket.send(syncMessage(2, dependent));

    const fresh = await syncedClient(res, server, id);
    expect(fresh.doc.store.pendingStructs).toBeNull();
    expect(fresh.doc.getArray('list').length).toBe(0);
    fresh.provider.destroy();
    eve.socket.close();
    await server.close();

    // Nothing of it was written: after a restart the list is still empty.
    const again = await startServer(res, { dataDir });
    const reloaded = await syncedClient(res, again, id);
    expect(reloaded.doc.store.pendingStructs).toBeNull();
    expect(reloaded.doc.getArray('list').length).toBe(0);

    // Sent again and followed by what it depends on, it becomes whole, is relayed and kept.
    const late = await rawClient(res, again.port, id, again.workspaceKey);
    late.socket.send(syncMessage(2, dependent));
    late.socket.send(syncMessage(2, base));
    const expected = [0, 1, 2, 3, 4, 5, 6, 'dangling', 7, 8, 9];
    await waitFor(() => expect(reloaded.doc.getArray('list').toArray()).toEqual(expected));
    const carol = await syncedClient(res, again, id);
    expect(carol.doc.getArray('list').toArray()).toEqual(expected);
  });

  it('closes a client whose unresolvable data passes the limit', async () => {
    const { server, id } = await setup();
    const { dependent } = splitHistory('x'.repeat(MAX_PENDING_BYTES + 1024));
    const eve = await rawClient(res, server.port, id, server.workspaceKey);
    eve.socket.send(syncMessage(2, dependent));
    const closed = await eve.closed;
    expect(closed.code).toBe(4400);
    expect(closed.reason).toMatch(/depends on data the server does not have/);
    const fresh = await syncedClient(res, server, id);
    expect(fresh.doc.store.pendingStructs).toBeNull();
  });
});
