import { describe, expect, it } from 'vitest';
import { readMap, setMeta } from '../src/doc/index.ts';
import { UpdateRejected, type LiveRoom, type Peer } from './collab/peer.ts';
import type { ServerContext } from './context.ts';
import type { Extension } from './extension.ts';
import { Pipeline } from './pipeline.ts';
import { upgradeStatus } from './test/rawClient.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
  type Client,
} from './test/helpers.ts';
import { storedBytes, watchedStore } from './test/stores.ts';

/* The extension pipeline: hooks run in the documented order, and a failing hook rejects only its operation. */

const res = useResources();

/** A server with `extension` after the built-in ones, over a watched store, and a map. */
async function withExtension(make: (context: ServerContext) => Extension) {
  const dataDir = await tempDir(res);
  const { store, sqlite, appended } = await watchedStore(dataDir);
  const logs: string[] = [];
  const server = await startServer(res, {
    dataDir,
    store,
    unloadDelayMs: 50,
    extensions: [make],
    log: (line) => logs.push(line),
  });
  const id = await api(server).createMap('Pipeline', 'blank');
  return { server, sqlite, appended, logs, id };
}

/** Collects the close codes a client's connection ends with. */
function closes(client: Client): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => codes.push(event?.code ?? 0));
  return codes;
}

describe('the extension pipeline', () => {
  it('runs the hooks of a connection and its room in the documented order', async () => {
    const calls: string[] = [];
    let storedAtChange = 0;
    const { server, sqlite, appended, id } = await withExtension(() => ({
      name: 'recorder',
      loadRoom: async (room) => {
        if (room.kind === 'content') calls.push('loadRoom');
        return null;
      },
      onConnect: (room) => room.name.kind === 'content' && calls.push('onConnect'),
      beforeApply: () => calls.push('beforeApply'),
      storeUpdates: async () => {
        calls.push('storeUpdates');
      },
      onChange: (room) => {
        if (room.name.kind !== 'content') return;
        calls.push('onChange');
        storedAtChange = appended.length;
      },
      onDisconnect: (room) => room.name.kind === 'content' && calls.push('onDisconnect'),
      beforeUnload: async (room) => {
        if (room.name.kind === 'content') calls.push('beforeUnload');
      },
      afterUnload: (room) => room.name.kind === 'content' && calls.push('afterUnload'),
    }));
    expect(server.extensions()).toEqual([
      'tokens',
      'access',
      'participants',
      'persistence',
      'versions',
      'kpis',
      'workshop',
      'comments',
      'observations',
      'content',
      'webhooks',
      'recorder',
    ]);

    const alice = await syncedClient(res, server, id);
    setMeta(alice.doc, { purpose: 'Order of hooks' });
    await waitFor(() => expect(calls).toContain('onChange'));
    // The built-in persistence stored the update before anyone heard of the change.
    expect(storedAtChange).toBe(1);
    expect((await sqlite.log.load(id)).updates).toHaveLength(1);
    alice.provider.destroy();
    await waitFor(() => expect(calls).toContain('afterUnload'));
    expect(calls).toEqual([
      // A later extension's loadRoom is not asked: persistence answered first.
      'onConnect',
      'beforeApply',
      'storeUpdates',
      'onChange',
      'onDisconnect',
      'beforeUnload',
      'afterUnload',
    ]);
  });

  it('drops an update a beforeApply rejects, tells the client, and keeps its connection', async () => {
    const { server, sqlite, id } = await withExtension(() => ({
      name: 'no-purpose',
      beforeApply: (room, _peer, update) => {
        if (room.name.kind === 'content' && new TextDecoder().decode(update).includes('secret'))
          throw new UpdateRejected('purpose may not say secret');
      },
    }));
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    const before = await storedBytes(sqlite, id);
    const codes = closes(alice);

    setMeta(alice.doc, { purpose: 'a secret plan' });
    await waitFor(() => expect(alice.notices).toContain('purpose may not say secret'));
    expect(await storedBytes(sqlite, id)).toEqual(before);
    expect(readMap(bob.doc).meta.purpose).toBe('');

    // Still connected: it goes on receiving the others' edits.
    setMeta(bob.doc, { title: 'Renamed' });
    await waitFor(() => expect(readMap(alice.doc).meta.title).toBe('Renamed'));
    expect(codes).toEqual([]);
  });

  it('closes only the connection whose update made a hook throw, and changes nothing', async () => {
    const { server, sqlite, logs, id } = await withExtension(() => ({
      name: 'broken',
      beforeApply: (_room, peer) => {
        if (peer.grant.linkId !== null) throw new Error('bug in an extension');
      },
    }));
    const link = await api(server).createLink(id, 'editor');
    const guest = await syncedClient(res, server, id, link.token);
    const member = await syncedClient(res, server, id);
    const before = await storedBytes(sqlite, id);
    const codes = closes(guest);

    setMeta(guest.doc, { purpose: 'never stored' });
    await waitFor(() => expect(codes).toContain(1011));
    expect(await storedBytes(sqlite, id)).toEqual(before);
    expect(logs.join('\n')).toContain('bug in an extension');
    setMeta(member.doc, { purpose: 'stored' });
    await waitFor(async () =>
      expect((await api(server).get(`/api/maps/${id}/export`)).body.meta.purpose).toBe('stored'),
    );
  });

  it('turns a throwing hook into an error naming the extension, and goes on with the others', async () => {
    const logs: string[] = [];
    const pipeline = new Pipeline((line) => logs.push(line));
    const seen: string[] = [];
    pipeline.use(
      {
        name: 'directory',
        authenticate: () => {
          throw new Error('directory unreachable');
        },
        onDisconnect: () => {
          throw new Error('cleanup failed');
        },
      },
      { name: 'audit', onDisconnect: () => seen.push('audit heard it') },
    );
    await expect(pipeline.authenticate({ token: 't', mapId: null })).rejects.toThrow(
      'directory.authenticate: directory unreachable',
    );
    pipeline.onDisconnect({} as LiveRoom, {} as Peer);
    expect(seen).toEqual(['audit heard it']);
    expect(logs.join('\n')).toContain('extension directory: onDisconnect failed');
  });

  it('answers 500 when a route or an upgrade hook fails, and stays up', async () => {
    const { server, id, logs } = await withExtension(({ guards }) => ({
      name: 'faulty',
      canWrite: (room) => {
        if (room.kind === 'comments') throw new Error('policy store down');
        return undefined;
      },
      routes: (router) =>
        router.get('/maps/:id/faulty', guards.onMap('viewer'), () => {
          throw new Error('route bug');
        }),
    }));
    const response = await api(server).get(`/api/maps/${id}/faulty`);
    expect(response).toEqual({ status: 500, body: { error: 'Internal server error' } });
    const path = `/collab/${id}.comments?token=${server.workspaceKey}`;
    const status = await upgradeStatus(server.port, path);
    expect(status).toBe(503);
    expect(logs.join('\n')).toMatch(/route bug[\s\S]*policy store down/);
    // The content room and the API still work.
    const alice = await syncedClient(res, server, id);
    expect(readMap(alice.doc).meta.title).toBe('Pipeline');
  });

  it('logs an onChange or onConnect failure without losing the update', async () => {
    const { server, sqlite, logs, id } = await withExtension(() => ({
      name: 'noisy',
      onChange: () => {
        throw new Error('webhook down');
      },
    }));
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    setMeta(alice.doc, { purpose: 'kept' });
    await waitFor(() => expect(readMap(bob.doc).meta.purpose).toBe('kept'));
    expect((await sqlite.log.load(id)).updates.length).toBeGreaterThan(0);
    expect(logs.join('\n')).toContain('noisy: onChange failed');
  });
});
