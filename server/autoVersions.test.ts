import { describe, expect, it } from 'vitest';
import { addCard, readMap, setMeta, updateStage } from '../src/doc/index.ts';
import { api, startServer, syncedClient, useResources, waitFor } from './test/helpers.ts';
import { namedClient, versionApi, versionSetup } from './test/versions.ts';

/* Automatic versions: after a burst of edits settles, when the last editor leaves, never unchanged. */

const res = useResources();

/** How many connections the server counts on the map's content room. */
const peersOf = (server: { rooms(): { name: string; peers: number }[] }, id: string) =>
  server.rooms().find((room) => room.name === id)?.peers ?? 0;

describe('automatic versions', () => {
  it('records a version once a burst of edits settles, crediting everyone who edited', async () => {
    // Long enough for bob's edit to join the span alice's edit started, even on a busy machine.
    const { server, tokens, id } = await versionSetup(res, { autoVersionDelayMs: 1000 });
    const versions = versionApi(server, id);
    const alice = await namedClient(res, server, id, 'Alice');
    const bob = await namedClient(res, server, id, 'Bob', tokens.editor);
    // A viewer watching is no author.
    await namedClient(res, server, id, 'Vera', tokens.viewer);
    const { stages, lanes } = readMap(alice.doc);
    addCard(alice.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Chatbot' });
    await waitFor(() =>
      expect(readMap(bob.doc).cards).toHaveLength(readMap(alice.doc).cards.length),
    );
    updateStage(bob.doc, stages[1]!.id, { name: 'Compare' });

    const [latest] = await waitFor(async () => {
      const list = await versions.versions();
      expect(list).toHaveLength(2);
      return list;
    });
    expect(latest).toMatchObject({
      name: null,
      auto: true,
      authors: ['Alice', 'Bob'],
      summary: `+1 card, stage '${stages[1]!.name}' renamed to 'Compare'`,
    });
    expect((await versions.exportOf(latest!.id)).body).toEqual(readMap(alice.doc));

    // The next span starts afresh: only who edited in it.
    setMeta(bob.doc, { purpose: 'Find where carts are abandoned' });
    await waitFor(async () => {
      const [next] = await versions.versions();
      expect(next).toMatchObject({ auto: true, authors: ['Bob'], summary: 'purpose changed' });
    });
  });

  it('records when the last editor leaves, even with viewers still there, and not before', async () => {
    const { server, tokens, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const alice = await namedClient(res, server, id, 'Alice');
    const bob = await namedClient(res, server, id, 'Bob', tokens.editor);
    await namedClient(res, server, id, 'Vera', tokens.viewer);
    setMeta(alice.doc, { title: 'Edited by Alice' });
    await waitFor(() => expect(readMap(bob.doc).meta.title).toBe('Edited by Alice'));
    setMeta(bob.doc, { purpose: 'Edited by Bob' });
    await waitFor(() => expect(readMap(alice.doc).meta.purpose).toBe('Edited by Bob'));

    alice.provider.destroy();
    await waitFor(() => expect(peersOf(server, id)).toBe(2));
    expect(await versions.versions()).toHaveLength(1);

    bob.provider.destroy();
    await waitFor(() => expect(peersOf(server, id)).toBe(1));
    // Stored as the leaving is handled: soon, not in the same turn.
    await waitFor(async () => {
      const [latest] = await versions.versions();
      expect(latest).toMatchObject({
        auto: true,
        authors: ['Alice', 'Bob'],
        summary: 'title changed, purpose changed',
      });
    });
  });

  it('records nothing when nothing changed, and credits a nameless editor by its role', async () => {
    const { server, tokens, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const before = await versions.versions();

    const idle = await namedClient(res, server, id, 'Idle');
    idle.provider.destroy();
    await waitFor(() => expect(peersOf(server, id)).toBe(0));
    expect(await versions.versions()).toEqual(before);

    // Changed and changed back: the map reads as its last version.
    const fickle = await namedClient(res, server, id, 'Fickle');
    const title = readMap(fickle.doc).meta.title;
    setMeta(fickle.doc, { title: 'Something else' });
    setMeta(fickle.doc, { title });
    await waitFor(async () =>
      expect((await api(server).get(`/api/maps/${id}`)).body.title).toBe(title),
    );
    fickle.provider.destroy();
    await waitFor(() => expect(peersOf(server, id)).toBe(0));
    expect(await versions.versions()).toEqual(before);

    const anonymous = await syncedClient(res, server, id, tokens.editor);
    setMeta(anonymous.doc, { title: 'No name given' });
    await waitFor(async () =>
      expect((await api(server).get(`/api/maps/${id}`)).body.title).toBe('No name given'),
    );
    anonymous.provider.destroy();
    await waitFor(async () => {
      const [latest] = await versions.versions();
      expect(latest).toMatchObject({ auto: true, authors: ['Editor link'] });
    });
  });

  it('versions an API edit to a map nobody has open before its room unloads', async () => {
    const { server, http, id } = await versionSetup(res, { unloadDelayMs: 20 });
    const [kpi] = (await http.get(`/api/maps/${id}/export`)).body.kpis;
    expect((await http.put(`/api/maps/${id}/kpis/${kpi.id}/current`, { value: 7 })).status).toBe(
      200,
    );
    await waitFor(() => expect(server.rooms()).toEqual([]));
    // The room leaves the list as its unload starts; the version is stored during the unload.
    await waitFor(async () => {
      const [latest] = await versionApi(server, id).versions();
      expect(latest).toMatchObject({ auto: true, authors: ['API'], summary: '1 KPI edited' });
    });
  });

  it('records the pending edits when the server shuts down', async () => {
    const { dataDir, server, id } = await versionSetup(res);
    const alice = await namedClient(res, server, id, 'Alice');
    setMeta(alice.doc, { title: 'Just before the restart' });
    await waitFor(async () =>
      expect((await api(server).get(`/api/maps/${id}`)).body.title).toBe('Just before the restart'),
    );
    await server.close();
    alice.provider.destroy();
    const again = await startServer(res, { dataDir });
    const [latest] = await versionApi(again, id).versions();
    expect(latest).toMatchObject({ auto: true, authors: ['Alice'], summary: 'title changed' });
  });
});
