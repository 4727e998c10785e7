import { describe, expect, it } from 'vitest';
import { addCard, deleteCard, readMap, setMeta } from '../src/doc/index.ts';
import { api, startServer, useResources, waitFor } from './test/helpers.ts';
import { namedClient, versionApi, versionSetup } from './test/versions.ts';

/* Named versions over HTTP: save, list, export; roles and bad input. */

const res = useResources();

const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('named versions', () => {
  it('starts the history with the map as created, then saves, lists and exports versions', async () => {
    const { dataDir, server, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const [created] = await versions.versions();
    expect(created).toEqual({
      id: expect.any(String),
      name: null,
      note: '',
      auto: true,
      createdAt: ISO,
      authors: [],
      summary: 'Map created',
    });

    const alice = await namedClient(res, server, id, 'Alice Martin');
    const { stages, lanes } = readMap(alice.doc);
    addCard(alice.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Chatbot' });
    addCard(alice.doc, { stageId: stages[1]!.id, laneId: lanes[0]!.id, title: 'Store locator' });
    setMeta(alice.doc, { title: 'Checkout journey 2026' });
    await waitFor(async () => expect((await versions.current()).body).toEqual(readMap(alice.doc)));
    const saved = readMap(alice.doc);

    const response = await versions.save({
      name: '  Q3 steering review ',
      note: 'Before the workshop',
    });
    expect(response).toEqual({
      status: 201,
      body: {
        id: expect.any(String),
        name: 'Q3 steering review',
        note: 'Before the workshop',
        auto: false,
        createdAt: ISO,
        authors: ['Alice Martin'],
        summary: '+2 cards, title changed',
      },
    });
    const q3 = response.body.id as string;

    // Later edits do not change what the version holds.
    // A card off the happy path, so that no connection goes with it.
    const victim = saved.cards.find(
      (c) => !saved.connections.some((x) => x.from === c.id || x.to === c.id),
    )!;
    deleteCard(alice.doc, victim.id);
    await waitFor(async () => expect((await versions.current()).body).toEqual(readMap(alice.doc)));
    expect(await versions.exportOf(q3)).toEqual({ status: 200, body: saved });
    expect((await versions.exportOf(created!.id)).body.cards).toHaveLength(saved.cards.length - 2);

    // A note is optional; a version of an unchanged map is still saved when asked for.
    const again = await versions.save({ name: 'Again' });
    expect(again.body).toMatchObject({ name: 'Again', note: '', summary: '−1 card' });
    const same = await versions.save({ name: 'Same again' });
    expect(same.body).toMatchObject({ summary: 'No changes', authors: [] });
    const listed = (await versions.versions()).map((v) => v.name);
    expect(listed).toEqual(['Same again', 'Again', 'Q3 steering review', null]);

    // Stored, not kept in memory.
    alice.provider.destroy();
    await server.close();
    const restarted = await startServer(res, { dataDir });
    const after = versionApi(restarted, id);
    expect((await after.versions()).map((v) => v.name)).toEqual(listed);
    expect((await after.exportOf(q3)).body).toEqual(saved);
  });

  it('saves a version of a map nobody has open without loading it', async () => {
    const { server, id } = await versionSetup(res, { unloadDelayMs: 10 });
    const versions = versionApi(server, id);
    expect((await versions.save({ name: 'Cold' })).status).toBe(201);
    expect(server.rooms()).toEqual([]);
    const [latest] = await versions.versions();
    expect((await versions.exportOf(latest!.id)).body).toEqual((await versions.current()).body);
  });

  it('refuses bad input with a 4xx and stores nothing', async () => {
    const { server, http, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const before = await versions.versions();
    const cases: [string, unknown, number][] = [
      ['empty name', { name: '' }, 400],
      ['blank name', { name: '   ' }, 400],
      ['long name', { name: 'x'.repeat(121) }, 400],
      ['number name', { name: 5 }, 400],
      ['no name', { note: 'n' }, 400],
      ['note not a string', { name: 'ok', note: 7 }, 400],
      ['long note', { name: 'ok', note: 'x'.repeat(2001) }, 400],
      ['array', [{ name: 'ok' }], 400],
      ['bad JSON', '{"name": ', 400],
    ];
    for (const [label, body, status] of cases) {
      const response = await versions.save(body);
      expect(response.status, label).toBe(status);
      expect(response.body.error, label).toEqual(expect.any(String));
    }
    expect((await http.post(`/api/maps/${id}/versions`)).status).toBe(400);
    expect((await http.post('/api/maps/NoSuchMap123/versions', { name: 'x' })).status).toBe(404);
    expect((await http.get('/api/maps/NoSuchMap123/versions')).status).toBe(404);
    for (const versionId of ['nope', 'bad%20id', before[0]!.id + 'x']) {
      expect((await versions.exportOf(versionId)).status, versionId).toBe(404);
      expect((await versions.restore(versionId)).status, versionId).toBe(404);
    }
    expect(await versions.versions()).toEqual(before);
  });

  it('lets links read the history only if made so, and only editors and members save or restore', async () => {
    const { server, http, id, tokens } = await versionSetup(res);
    const other = await http.createMap('Another map');
    const otherEditor = (await http.createLink(other, 'editor')).token;
    const [created] = await versionApi(server, id).versions();
    const current = (await http.get(`/api/maps/${id}/export`)).body;
    const withHistory = async (role: string) => {
      const made = await http.post(`/api/maps/${id}/links`, { role, history: true });
      expect(made.body).toMatchObject({ role, history: true });
      return made.body.token as string;
    };

    // By default a viewer or commenter link reads the map as it is now, not its past.
    for (const token of [tokens.viewer, tokens.commenter]) {
      const as = versionApi(server, id, token);
      const refused = await as.list();
      expect(refused).toEqual({
        status: 403,
        body: { error: 'This link does not include the version history' },
      });
      expect((await as.exportOf(created!.id)).status).toBe(403);
      expect((await as.save({ name: 'Sneaky' })).status).toBe(403);
      expect((await as.restore(created!.id)).status).toBe(403);
    }
    for (const token of [await withHistory('viewer'), await withHistory('commenter')]) {
      const as = versionApi(server, id, token);
      expect((await as.list()).status).toBe(200);
      expect((await as.exportOf(created!.id)).status).toBe(200);
      expect((await as.save({ name: 'Sneaky' })).status).toBe(403);
      expect((await as.restore(created!.id)).status).toBe(403);
    }
    // The app learns what to show from the access answer.
    const access = (token: string) => api(server, token).get(`/api/maps/${id}/access`);
    expect((await access(tokens.viewer)).body).toMatchObject({ role: 'viewer', history: false });
    expect((await access(tokens.editor)).body).toMatchObject({ role: 'editor', history: true });
    const anonymous = versionApi(server, id, null);
    expect((await anonymous.list()).status).toBe(401);
    expect((await anonymous.save({ name: 'x' })).status).toBe(401);
    expect((await anonymous.restore(created!.id)).status).toBe(401);
    const stranger = versionApi(server, id, otherEditor);
    expect((await stranger.list()).status).toBe(403);
    expect((await stranger.restore(created!.id)).status).toBe(403);
    expect((await versionApi(server, id, 'not-a-real-token').list()).status).toBe(401);

    // Nothing above left a trace.
    expect(await versionApi(server, id).versions()).toEqual([created]);
    expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(current);

    const editor = versionApi(server, id, tokens.editor);
    const saved = await editor.save({ name: 'By the editor link' });
    expect(saved.status).toBe(201);
    expect((await editor.restore(created!.id)).status).toBe(200);
  });

  it('refuses to restore a version of another map, changing nothing', async () => {
    const { server, http, id } = await versionSetup(res);
    const other = await http.createMap('Another map', 'saas');
    const [foreign] = await versionApi(server, other).versions();
    const before = await versionApi(server, id).versions();
    const current = (await http.get(`/api/maps/${id}/export`)).body;

    const response = await versionApi(server, id).restore(foreign!.id);
    expect(response).toEqual({ status: 404, body: { error: 'No such version' } });
    expect((await versionApi(server, id).exportOf(foreign!.id)).status).toBe(404);
    expect(await versionApi(server, id).versions()).toEqual(before);
    expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(current);
  });

  it('deletes the versions with the map', async () => {
    const { server, http, id } = await versionSetup(res);
    await versionApi(server, id).save({ name: 'Doomed' });
    expect((await http.delete(`/api/maps/${id}`)).status).toBe(204);
    expect((await versionApi(server, id).list()).status).toBe(404);
    expect((await api(server).get(`/api/maps/${id}/versions`)).status).toBe(404);
  });
});
