import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { setMeta } from '../src/doc/index.ts';
import { MAX_CLIENTS_PER_PEER, MAX_PRESENCE_STATE } from './collab/presence.ts';
import { rawClient, type RawClient } from './test/rawClient.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
  type Client,
} from './test/helpers.ts';
import { namedClient, versionApi } from './test/versions.ts';

/* Presence is bound to its connection: nobody sets, renames or removes anyone else's. */

const res = useResources();

async function setup() {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir });
  const http = api(server);
  const id = await http.createMap('Presence', 'ecommerce');
  const viewer = (await http.createLink(id, 'viewer')).token;
  const editor = (await http.createLink(id, 'editor')).token;
  return { server, id, viewer, editor };
}

/** An awareness message with one entry per `[client, clock, state]` (state null: removal). */
function awareness(entries: [number, number, unknown][]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [client, clock, state] of entries) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  return encoding.toUint8Array(message);
}

const nameOf = (client: Client, id: number) =>
  (client.provider.awareness.getStates().get(id)?.user as { name?: string } | undefined)?.name;

let markers = 1_000;

/** Sends `message`, then a marker entry of the raw client's own, and waits until it is seen. */
async function sendAndSettle(raw: RawClient, watcher: Client, message: Uint8Array, own: number) {
  raw.socket.send(message);
  const marker = ++markers;
  raw.socket.send(awareness([[own, marker, { user: { name: `marker ${marker}` } }]]));
  await waitFor(() => expect(nameOf(watcher, own)).toBe(`marker ${marker}`));
}

describe('presence bound to its connection', () => {
  it('keeps a viewer from renaming, recolouring or removing someone else', async () => {
    const { server, id, viewer } = await setup();
    const olivia = await syncedClient(res, server, id);
    olivia.provider.awareness.setLocalStateField('user', { name: 'Olivia', color: '#2563eb' });
    const bob = await syncedClient(res, server, id);
    const target = olivia.doc.clientID;
    await waitFor(() => expect(nameOf(bob, target)).toBe('Olivia'));

    const mallory = await rawClient(res, server.port, id, viewer);
    const own = 777_001;
    mallory.socket.send(awareness([[own, 1, { user: { name: 'Mallory' } }]]));
    await waitFor(() => expect(nameOf(bob, own)).toBe('Mallory'));
    const clock = 1_000_000;
    const hijack = awareness([
      [target, clock, { user: { name: 'Mallory as Olivia', color: 'red' } }],
    ]);
    await sendAndSettle(mallory, bob, hijack, own);
    await sendAndSettle(mallory, bob, awareness([[target, clock + 1, null]]), own);
    expect(nameOf(bob, target)).toBe('Olivia');
    // A later joiner sees the truth too.
    const late = await syncedClient(res, server, id);
    await waitFor(() => expect(nameOf(late, target)).toBe('Olivia'));
  });

  it('caps the client ids one connection introduces, and the size of a state', async () => {
    const { server, id, viewer } = await setup();
    const bob = await syncedClient(res, server, id);
    const mallory = await rawClient(res, server.port, id, viewer);
    const fakes: [number, number, unknown][] = Array.from({ length: 50_000 }, (_, i) => [
      900_000 + i,
      1,
      { user: { name: `Fake ${i}` } },
    ]);
    mallory.socket.send(awareness(fakes));
    await waitFor(() => expect(nameOf(bob, 900_000)).toBe('Fake 0'));
    const foreign = () =>
      [...bob.provider.awareness.getStates().keys()].filter((k) => k !== bob.doc.clientID);
    await sendAndSettle(mallory, bob, awareness([]), 900_000);
    expect(foreign()).toHaveLength(MAX_CLIENTS_PER_PEER);

    // A state over the limit is dropped, even for its own id; a later joiner never gets it.
    const huge = { user: { name: 'Parked' }, blob: 'x'.repeat(MAX_PRESENCE_STATE + 1) };
    await sendAndSettle(mallory, bob, awareness([[900_001, 50, huge]]), 900_000);
    expect(nameOf(bob, 900_001)).toBe('Fake 1');
    const late = await syncedClient(res, server, id);
    await waitFor(() => expect(nameOf(late, 900_000)).toMatch(/^marker/));
    const sizes = [...late.provider.awareness.getStates().values()].map(
      (state) => JSON.stringify(state).length,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_PRESENCE_STATE);
  });

  it('credits versions to the participant who edited, whatever anyone announces', async () => {
    const { server, id, viewer, editor } = await setup();
    const erin = await namedClient(res, server, id, 'Erin', editor);
    // A viewer announces itself under the editor's name and claims her client id.
    const mallory = await rawClient(res, server.port, id, viewer);
    mallory.socket.send(awareness([[erin.doc.clientID, 99, { user: { name: 'Mallory' } }]]));
    mallory.socket.send(awareness([[555_555, 1, { user: { name: 'Erin' } }]]));
    setMeta(erin.doc, { purpose: 'Edited by Erin alone' });
    const versions = versionApi(server, id);
    await waitFor(async () => {
      expect((await api(server).get(`/api/maps/${id}/export`)).body.meta.purpose).toBe(
        'Edited by Erin alone',
      );
    });
    erin.provider.destroy();
    await waitFor(async () => {
      const [latest] = await versions.versions();
      expect(latest).toMatchObject({ auto: true, authors: ['Erin'] });
    });
  });
});
