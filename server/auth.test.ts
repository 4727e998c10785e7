import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer } from './createServer.ts';
import { spawnServer } from './test/childServer.ts';
import { api, startServer, tempDir, useResources } from './test/helpers.ts';

/* The HTTP API checks credentials on every /api/maps route; the workspace key lives on disk. */

const res = useResources();

type Who = 'nobody' | 'stranger' | 'foreign' | 'viewer' | 'commenter' | 'editor' | 'owner';
const LINK_RANK: Who[] = ['viewer', 'commenter', 'editor', 'owner'];

async function setup() {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  const other = await http.createMap('Another map');
  const tokens: Record<Who, string | null> = {
    nobody: null,
    stranger: 'a-well-formed-but-unknown-token-1234567890',
    foreign: (await http.createLink(other, 'editor')).token,
    viewer: (await http.createLink(id, 'viewer')).token,
    commenter: (await http.createLink(id, 'commenter')).token,
    editor: (await http.createLink(id, 'editor')).token,
    owner: server.workspaceKey,
  };
  return { dataDir, server, http, id, other, tokens };
}

describe('HTTP access', () => {
  it('requires the workspace key, or a good enough link of that map, on every /api/maps route', async () => {
    const { server, http, id, tokens } = await setup();
    const exported = (await http.get(`/api/maps/${id}/export`)).body;
    const kpiId = exported.kpis[0].id as string;
    const spareLink = (await http.createLink(id, 'viewer')).id;
    // Every route under /api/maps, with the least role that may call it.
    const routes: [method: string, path: string, body: unknown, min: Who][] = [
      ['GET', '/api/maps', undefined, 'owner'],
      ['POST', '/api/maps', { title: 'New' }, 'owner'],
      ['POST', '/api/maps/import', exported, 'owner'],
      ['GET', `/api/maps/${id}`, undefined, 'viewer'],
      ['GET', `/api/maps/${id}/export`, undefined, 'viewer'],
      ['GET', `/api/maps/${id}/access`, undefined, 'viewer'],
      ['GET', `/api/maps/${id}/links`, undefined, 'owner'],
      ['POST', `/api/maps/${id}/links`, { role: 'editor' }, 'owner'],
      ['DELETE', `/api/maps/${id}/links/${spareLink}`, undefined, 'owner'],
      ['PUT', `/api/maps/${id}/kpis/${kpiId}/current`, { value: 42 }, 'editor'],
      ['DELETE', `/api/maps/${id}`, undefined, 'owner'],
    ];
    const before = {
      maps: (await http.get('/api/maps')).body,
      links: (await http.get(`/api/maps/${id}/links`)).body,
      exported,
    };

    for (const [method, path, body, min] of routes) {
      const allowed = LINK_RANK.slice(LINK_RANK.indexOf(min));
      for (const who of Object.keys(tokens) as Who[]) {
        if (allowed.includes(who)) continue;
        const { status, body: error } = await api(server, tokens[who]).request(method, path, body);
        const expected = ['nobody', 'stranger'].includes(who) ? 401 : 403;
        expect(status, `${method} ${path} as ${who}`).toBe(expected);
        expect(error.error, `${method} ${path} as ${who}`).toEqual(expect.any(String));
      }
    }
    // Refused requests changed nothing.
    expect((await http.get('/api/maps')).body).toEqual(before.maps);
    expect((await http.get(`/api/maps/${id}/links`)).body).toEqual(before.links);
    expect((await http.get(`/api/maps/${id}/export`)).body).toEqual(before.exported);

    // The roles that may, can (the key last, as it deletes the map).
    for (const [method, path, body, min] of routes) {
      const { status } = await api(server, tokens[min]).request(method, path, body);
      expect(status, `${method} ${path} as ${min}`).toBeLessThan(300);
    }
  });

  it('says why on 401 and keeps /healthz, /api/templates and the app open', async () => {
    const { server, id } = await setup();
    const response = await fetch(`http://localhost:${server.port}/api/maps/${id}`);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/credentials/) });
    // Another scheme, or the key with a typo, is no credential either.
    const basic = await fetch(`http://localhost:${server.port}/api/maps`, {
      headers: { authorization: `Basic ${server.workspaceKey}` },
    });
    expect(basic.status).toBe(401);
    expect((await api(server, server.workspaceKey.slice(1)).get('/api/maps')).status).toBe(401);

    const open = api(server, null);
    expect((await open.get('/healthz')).status).toBe(200);
    expect((await open.get('/api/templates')).status).toBe(200);
  });

  it('tells each credential its role on a map, and lets link holders read and export it', async () => {
    const { server, http, id, other, tokens } = await setup();
    for (const who of ['viewer', 'commenter', 'editor'] as const) {
      const as = api(server, tokens[who]);
      expect((await as.get(`/api/maps/${id}/access`)).body).toEqual({
        role: who,
        history: who === 'editor',
        mapId: id,
        title: 'Checkout journey',
      });
      expect((await as.get(`/api/maps/${id}`)).body).toMatchObject({
        id,
        title: 'Checkout journey',
      });
      expect((await as.get(`/api/maps/${id}/export`)).body.meta.title).toBe('Checkout journey');
      expect((await as.get(`/api/maps/${other}/access`)).status).toBe(403);
    }
    expect((await http.get(`/api/maps/${id}/access`)).body).toEqual({
      role: 'owner',
      history: true,
      mapId: id,
      title: 'Checkout journey',
    });
    expect((await http.get('/api/maps/NoSuchMap123/access')).status).toBe(404);
  });

  it('creates, lists and revokes share links, and shows each token only once', async () => {
    const { server, http, id, tokens } = await setup();
    const created = await http.post(`/api/maps/${id}/links`, { role: 'commenter' });
    expect(created.status).toBe(201);
    const { token, id: linkId } = created.body;
    expect(created.body).toEqual({
      id: expect.any(String),
      role: 'commenter',
      history: false,
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      url: `/maps/${id}?token=${token}`,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const listed = await http.get(`/api/maps/${id}/links`);
    expect(listed.body.links.map((l: { role: string }) => l.role)).toEqual([
      'viewer',
      'commenter',
      'editor',
      'commenter',
    ]);
    expect(listed.body.links.at(-1)).toEqual({
      id: linkId,
      role: 'commenter',
      history: false,
      createdAt: created.body.createdAt,
    });
    const text = JSON.stringify(listed.body);
    for (const secret of [token, tokens.viewer!, tokens.commenter!, tokens.editor!]) {
      expect(text).not.toContain(secret);
    }

    for (const bad of [{}, { role: 'owner' }, { role: 'admin' }, 'nope']) {
      expect((await http.post(`/api/maps/${id}/links`, bad)).status).toBe(400);
    }
    expect((await http.post('/api/maps/NoSuchMap123/links', { role: 'viewer' })).status).toBe(404);
    expect((await http.get('/api/maps/NoSuchMap123/links')).status).toBe(404);
    expect((await http.get(`/api/maps/${id}/links`)).body.links).toHaveLength(4);

    expect((await api(server, token).get(`/api/maps/${id}/access`)).status).toBe(200);
    expect((await http.delete(`/api/maps/${id}/links/${linkId}`)).status).toBe(204);
    expect((await api(server, token).get(`/api/maps/${id}/access`)).status).toBe(401);
    expect((await http.delete(`/api/maps/${id}/links/${linkId}`)).status).toBe(404);

    // Deleting the map takes its links with it.
    expect((await http.delete(`/api/maps/${id}`)).status).toBe(204);
    expect((await api(server, tokens.editor).get(`/api/maps/${id}`)).status).toBe(401);
  });
});

describe('workspace key', () => {
  it('is created once, kept in the data folder readable only by its owner, and reused', async () => {
    const dataDir = await tempDir(res);
    const first = await startServer(res, { dataDir });
    expect(first.workspaceKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = join(dataDir, 'workspace.key');
    expect(readFileSync(file, 'utf8').trim()).toBe(first.workspaceKey);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const id = await api(first).createMap('Kept');
    await first.close();

    const second = await startServer(res, { dataDir });
    expect(second.workspaceKey).toBe(first.workspaceKey);
    expect((await api(second).get(`/api/maps/${id}`)).status).toBe(200);

    // Another data folder, another workspace.
    const elsewhere = await startServer(res, { dataDir: await tempDir(res) });
    expect(elsewhere.workspaceKey).not.toBe(first.workspaceKey);
    expect((await api(elsewhere, first.workspaceKey).get('/api/maps')).status).toBe(401);
  });

  it('can be given in the config instead, and must then look like a secret', async () => {
    const dataDir = await tempDir(res);
    const workspaceKey = 'given-key-for-the-whole-team';
    const server = await startServer(res, { dataDir, workspaceKey });
    expect(server.workspaceKey).toBe(workspaceKey);
    expect((await api(server).get('/api/maps')).status).toBe(200);
    expect(existsSync(join(dataDir, 'workspace.key'))).toBe(false);

    for (const bad of ['', 'too-short', 'has spaces in the middle', 'x'.repeat(513)]) {
      await expect(createServer({ port: 0, dataDir, workspaceKey: bad })).rejects.toThrow(
        /not a valid workspace key/,
      );
    }
  });

  it('comes from TRAILMAP_KEY when set, and the entry point prints the sign-in link', async () => {
    const dataDir = await tempDir(res);
    const generated = await spawnServer(res, { DATA_DIR: dataDir });
    expect(generated.output()).toContain(
      `Sign in: http://localhost:${generated.port}/?key=${generated.workspaceKey}`,
    );
    expect(readFileSync(join(dataDir, 'workspace.key'), 'utf8').trim()).toBe(
      generated.workspaceKey,
    );
    generated.process.kill('SIGTERM');
    expect(await generated.exited).toBe(0);

    const TRAILMAP_KEY = 'bench-key-0123456789abcdef';
    const child = await spawnServer(res, { DATA_DIR: dataDir, TRAILMAP_KEY });
    expect(child.workspaceKey).toBe(TRAILMAP_KEY);
    expect((await api(child).get('/api/maps')).status).toBe(200);
    expect((await api(child, generated.workspaceKey).get('/api/maps')).status).toBe(401);
  });
});
