import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_STORE } from './test/engine.ts';
import { TEMPLATES, addCard, readMap } from '../src/doc/index.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

const res = useResources();

async function setup(config: { maxBodyBytes?: number; staticDir?: string } = {}) {
  const server = await startServer(res, { dataDir: await tempDir(res), ...config });
  return { server, http: api(server) };
}

describe('HTTP API', () => {
  it('reports health and lists templates', async () => {
    const { http } = await setup();
    expect(await http.get('/healthz')).toEqual({
      status: 200,
      body: { ok: true, store: TEST_STORE, bus: 'local' },
    });
    expect(await http.get('/api/templates')).toEqual({
      status: 200,
      body: { templates: TEMPLATES },
    });
  });

  it('creates, lists, reads and deletes maps', async () => {
    const { http } = await setup();
    const created = await http.post('/api/maps', { title: '  Returns  ', template: 'ecommerce' });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toEqual({ id, title: 'Returns', links: { editor: `/maps/${id}` } });
    const blank = await http.post('/api/maps', { title: 'Blank one' });
    expect(blank.status).toBe(201);

    const list = await http.get('/api/maps');
    expect(list.body.maps.map((m: { id: string }) => m.id)).toEqual([blank.body.id, id]);
    const one = await http.get(`/api/maps/${id}`);
    expect(one.body).toEqual({
      id,
      title: 'Returns',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      updatedAt: one.body.createdAt,
    });
    const exported = await http.get(`/api/maps/${blank.body.id}/export`);
    expect(exported.body.meta.title).toBe('Blank one');
    expect(exported.body.stages.length).toBeGreaterThan(0);

    expect((await http.delete(`/api/maps/${id}`)).status).toBe(204);
    expect((await http.get(`/api/maps/${id}`)).status).toBe(404);
    expect((await http.get(`/api/maps/${id}/export`)).status).toBe(404);
    expect((await http.delete(`/api/maps/${id}`)).status).toBe(404);
    expect((await http.get('/api/maps')).body.maps).toHaveLength(1);
  });

  it('refuses bad requests with a JSON error and stores nothing', async () => {
    const { http } = await setup({ maxBodyBytes: 4096 });
    const cases: [string, () => ReturnType<typeof http.get>, number][] = [
      ['bad JSON', () => http.post('/api/maps', '{"title": '), 400],
      ['no body', () => http.post('/api/maps'), 400],
      ['missing title', () => http.post('/api/maps', { template: 'blank' }), 400],
      ['blank title', () => http.post('/api/maps', { title: '   ' }), 400],
      ['long title', () => http.post('/api/maps', { title: 'x'.repeat(201) }), 400],
      ['title not a string', () => http.post('/api/maps', { title: 42 }), 400],
      ['unknown template', () => http.post('/api/maps', { title: 'T', template: 'nope' }), 400],
      ['oversized body', () => http.post('/api/maps', { title: 'x'.repeat(5000) }), 413],
      ['import bad JSON', () => http.post('/api/maps/import', '[1, 2'), 400],
      ['missing map', () => http.get('/api/maps/NoSuchMap123'), 404],
      ['malformed id', () => http.get('/api/maps/a%20b'), 404],
      ['missing export', () => http.get('/api/maps/NoSuchMap123/export'), 404],
      ['missing delete', () => http.delete('/api/maps/NoSuchMap123'), 404],
      ['unknown endpoint', () => http.get('/api/nothing-here'), 404],
    ];
    for (const [name, send, status] of cases) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(typeof response.body?.error, name).toBe('string');
    }
    expect((await http.get('/api/maps')).body).toEqual({ maps: [] });
  });

  it('serves the built app with a fallback to index.html for client routes', async () => {
    const dir = await tempDir(res);
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Trailmap</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    const { server } = await setup({ staticDir: dir });
    const get = (path: string) => fetch(`http://localhost:${server.port}${path}`);

    expect(await (await get('/')).text()).toContain('<title>Trailmap</title>');
    const page = await get('/maps/abc123def?token=secret-link-token');
    expect(await page.text()).toContain('<title>Trailmap</title>');
    // The share token in the address must not leak to other sites through the Referer.
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const asset = await get('/assets/app.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/assets/missing.js')).status).toBe(404);
    const api404 = await get('/api/missing');
    expect(api404.status).toBe(404);
    expect(await api404.json()).toEqual({ error: 'No such endpoint' });
  });
});

describe('paths the app page must not answer', () => {
  it('answers the sync endpoint without an upgrade, and API lookalikes, with a JSON 404', async () => {
    const dir = await tempDir(res);
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Trailmap</title>');
    const { server, http } = await setup({ staticDir: dir });
    const id = await http.createMap('Real map');
    const paths = [
      '/collab',
      '/collab/',
      '/collab/whatever',
      `/collab/${id}`,
      `/collab/${id}.comments?token=${server.workspaceKey}`,
      '/COLLAB/whatever',
      '/api',
      '/api/',
      '/API/maps',
      `/Api/maps/${id}/export`,
      '/api%2Fmaps',
      '/api;v=2/maps',
      '//api/maps',
      '/healthz/',
      '/healthz/deep',
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`http://localhost:${server.port}${path}`, { method });
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers.get('content-type'), `${method} ${path}`).toMatch(
          /^application\/json/,
        );
        expect(typeof (await response.json()).error, `${method} ${path}`).toBe('string');
      }
    }
    // Client routes that merely start like one still load the app.
    for (const path of ['/apiary', '/maps/api', '/collaborate']) {
      const page = await fetch(`http://localhost:${server.port}${path}`);
      expect(await page.text(), path).toContain('<title>Trailmap</title>');
    }
  });
});

describe('export and import', () => {
  it('round-trips a map through export and import unchanged', async () => {
    const { server, http } = await setup();
    const id = await http.createMap('Checkout', 'ecommerce');
    const alice = await syncedClient(res, server, id);
    const { stages, lanes } = readMap(alice.doc);
    addCard(alice.doc, { stageId: stages[2]!.id, laneId: lanes[1]!.id, title: 'Live edit' });

    // The export shows a live edit once it is stored (it reads the store, not the room).
    const original = await waitFor(async () => {
      const { body } = await http.get(`/api/maps/${id}/export`);
      expect(body).toEqual(readMap(alice.doc));
      return body;
    });
    const imported = await http.post('/api/maps/import', original);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      title: 'Checkout',
      links: { editor: expect.any(String) },
    });
    expect(imported.body.id).not.toBe(id);
    expect((await http.get(`/api/maps/${imported.body.id}/export`)).body).toEqual(original);
    // Exporting a map nobody has open does not load its room.
    expect(server.rooms().map((r) => r.name)).toEqual([id]);
  });

  it('lists every problem of an invalid import and stores nothing', async () => {
    const { http } = await setup();
    await http.createMap('Existing');
    const { body: original } = await http.get(
      `/api/maps/${(await http.get('/api/maps')).body.maps[0].id}/export`,
    );
    const broken = {
      ...original,
      meta: { ...original.meta, title: '' },
      cards: [{ id: 'c1', stageId: 'nowhere', laneId: original.lanes[0].id, kind: 'bogus' }],
    };
    const response = await http.post('/api/maps/import', broken);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual(expect.any(String));
    expect(response.body.problems.length).toBeGreaterThanOrEqual(2);
    expect(response.body.problems.join('\n')).toMatch(/meta\.title/);
    expect(response.body.problems.join('\n')).toMatch(/cards\.0\.kind/);
    expect((await http.get('/api/maps')).body.maps).toHaveLength(1);

    // A reference to a missing stage is caught too.
    const dangling = {
      ...original,
      cards: [
        { id: 'c1', stageId: 'nowhere', laneId: original.lanes[0].id, kind: 'note', title: 'x' },
      ],
    };
    const second = await http.post('/api/maps/import', dangling);
    expect(second.status).toBe(400);
    expect(second.body.problems).toEqual([expect.stringContaining('unknown stageId')]);
    expect((await http.get('/api/maps')).body.maps).toHaveLength(1);
  });

  it('disconnects live clients of a deleted map and refuses new ones', async () => {
    const { server, http } = await setup();
    const id = await http.createMap('Doomed');
    const alice = await syncedClient(res, server, id);
    const closed = new Promise<{ code: number }>((resolve) =>
      alice.provider.on('closed', (event) => resolve(event)),
    );
    expect((await http.delete(`/api/maps/${id}`)).status).toBe(204);
    expect((await closed).code).toBe(4404);
    expect(alice.provider.shouldConnect).toBe(false);
    expect(server.rooms()).toEqual([]);
    expect((await http.get('/api/maps')).body.maps).toEqual([]);
  });
});
