import { describe, expect, it } from 'vitest';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
} from '../../test/helpers.ts';
import { readMap } from '../../../src/doc/index.ts';

/* Integration tokens: scoped, shown once, stored hashed, revocable at once, never listed. */

const res = useResources();

async function setup() {
  const dataDir = await tempDir(res);
  const lines: string[] = [];
  const server = await startServer(res, { dataDir, log: (line) => lines.push(line) });
  const key = api(server);
  const id = await key.createMap('Onboarding', 'saas');
  const map = (await key.get(`/api/maps/${id}/export`)).body;
  return { server, key, id, map, lines };
}

async function makeToken(http: ReturnType<typeof api>, mapId: string, scope: string) {
  const made = await http.post(`/api/maps/${mapId}/tokens`, { name: `CI ${scope}`, scope });
  expect(made.status).toBe(201);
  return made.body.token as string;
}

describe('integration tokens', () => {
  it('are shown once, listed without their secret, and never appear in GET answers or logs', async () => {
    const { server, key, id, lines } = await setup();
    const made = await key.post(`/api/maps/${id}/tokens`, { name: 'Warehouse', scope: 'read' });
    expect(made.body).toMatchObject({ name: 'Warehouse', scope: 'read', lastUsedAt: null });
    const token = made.body.token as string;
    expect(token).toMatch(/^tmi_[\w-]{43}$/);
    const reader = api(server, token);
    await reader.get(`/api/maps/${id}/export`);
    await reader.get(`/api/maps/${id}/nonsense`);
    const listed = await key.get(`/api/maps/${id}/tokens`);
    expect(listed.body.tokens).toEqual([
      {
        id: made.body.id,
        name: 'Warehouse',
        scope: 'read',
        mapId: id,
        createdAt: expect.any(String),
        lastUsedAt: expect.any(String),
      },
    ]);
    const secret = token.slice(4);
    for (const path of [`/api/maps/${id}/tokens`, `/api/maps/${id}`, `/api/maps/${id}/export`]) {
      expect(JSON.stringify((await key.get(path)).body)).not.toContain(secret);
    }
    expect(lines.join('\n')).not.toContain(secret);
  });

  it('scopes what a token may do: read cannot write, kpis only pushes values', async () => {
    const { server, key, id, map } = await setup();
    const read = api(server, await makeToken(key, id, 'read'));
    const kpis = api(server, await makeToken(key, id, 'kpis'));
    const content = api(server, await makeToken(key, id, 'content'));
    const [stage] = map.stages;
    const [lane] = map.lanes;
    const card = { title: 'From CI', stageId: stage.id, laneId: lane.id };

    expect((await read.get(`/api/maps/${id}/cards`)).status).toBe(200);
    expect((await read.post(`/api/maps/${id}/cards`, card)).status).toBe(403);
    expect((await kpis.post(`/api/maps/${id}/cards`, card)).status).toBe(403);
    expect((await content.post(`/api/maps/${id}/cards`, card)).status).toBe(201);

    const kpiId = map.kpis[0].id;
    const push = (http: ReturnType<typeof api>) =>
      http.put(`/api/maps/${id}/kpis/${kpiId}/current`, { value: 12 });
    expect((await push(read)).status).toBe(403);
    expect((await push(kpis)).status).toBe(200);

    // Nothing beyond their scope: no links, no tokens, no versions, no workspace actions.
    for (const http of [read, kpis, content]) {
      expect((await http.post(`/api/maps/${id}/links`, { role: 'viewer' })).status).toBe(403);
      expect(
        (await http.post(`/api/maps/${id}/tokens`, { name: 'x', scope: 'content' })).status,
      ).toBe(403);
      expect((await http.get(`/api/maps/${id}/versions`)).status).toBe(403);
      expect((await http.get('/api/maps')).status).toBe(403);
    }
  });

  it('cannot write over the socket, whatever the scope', async () => {
    const { server, key, id } = await setup();
    const token = await makeToken(key, id, 'content');
    const client = await syncedClient(res, server, id, token);
    await waitFor(() => expect(client.notices).toContain('read-only'));
    expect(readMap(client.doc).meta.title).toBe('Onboarding');
  });

  it('a revoked token gets 401 at once', async () => {
    const { server, key, id } = await setup();
    const made = await key.post(`/api/maps/${id}/tokens`, { name: 'Old', scope: 'content' });
    const http = api(server, made.body.token);
    expect((await http.get(`/api/maps/${id}/cards`)).status).toBe(200);
    expect((await key.delete(`/api/maps/${id}/tokens/${made.body.id}`)).status).toBe(204);
    expect((await http.get(`/api/maps/${id}/cards`)).status).toBe(401);
    expect((await key.delete(`/api/maps/${id}/tokens/${made.body.id}`)).status).toBe(404);
  });

  it('a map token works on its map only; a workspace token needs the key and works on every map', async () => {
    const { server, key, id } = await setup();
    const other = await key.createMap('Other');
    const mapToken = api(server, await makeToken(key, id, 'read'));
    expect((await mapToken.get(`/api/maps/${other}/export`)).status).toBe(403);

    const editorLink = (await key.createLink(id, 'editor')).token;
    const byEditor = await api(server, editorLink).post('/api/tokens', {
      name: 'All',
      scope: 'read',
    });
    expect(byEditor.status).toBe(403);
    const made = await key.post('/api/tokens', { name: 'All maps', scope: 'read' });
    expect(made.status).toBe(201);
    const workspace = api(server, made.body.token);
    expect((await workspace.get(`/api/maps/${id}/export`)).status).toBe(200);
    expect((await workspace.get(`/api/maps/${other}/export`)).status).toBe(200);
    expect((await key.get('/api/tokens')).body.tokens).toHaveLength(1);
    expect((await key.delete(`/api/tokens/${made.body.id}`)).status).toBe(204);
    expect((await workspace.get(`/api/maps/${id}/export`)).status).toBe(401);
  });

  it('revoking a token closes its open sockets at once, on every map for a workspace token', async () => {
    const { server, key, id } = await setup();
    const other = await key.createMap('Other');
    const made = await key.post('/api/tokens', { name: 'Dashboard', scope: 'read' });
    const mapToken = await makeToken(key, id, 'read');
    const clients = [
      await syncedClient(res, server, id, made.body.token),
      await syncedClient(res, server, other, made.body.token),
    ];
    const bystander = await syncedClient(res, server, id, mapToken);
    const closes = clients.map(
      (client) =>
        new Promise<{ code: number; reason: string }>((resolve) =>
          client.provider.on('closed', (event) => resolve(event)),
        ),
    );
    let bystanderDrops = 0;
    bystander.provider.on('connection-close', () => bystanderDrops++);
    expect((await key.delete(`/api/tokens/${made.body.id}`)).status).toBe(204);
    for (const closed of closes)
      expect(await closed).toEqual({ code: 4403, reason: 'Link revoked' });
    expect(clients.map((c) => c.provider.shouldConnect)).toEqual([false, false]);
    expect(bystanderDrops).toBe(0);
  });

  it('editors make tokens; commenters and viewers may not; bad input changes nothing', async () => {
    const { server, key, id } = await setup();
    const editor = api(server, (await key.createLink(id, 'editor')).token);
    const viewer = api(server, (await key.createLink(id, 'viewer')).token);
    expect(
      (await editor.post(`/api/maps/${id}/tokens`, { name: 'Ed', scope: 'kpis' })).status,
    ).toBe(201);
    expect((await viewer.post(`/api/maps/${id}/tokens`, { name: 'V', scope: 'read' })).status).toBe(
      403,
    );
    for (const bad of [{ name: '', scope: 'read' }, { name: 'x', scope: 'admin' }, 'not json']) {
      const answer = await key.post(`/api/maps/${id}/tokens`, bad);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatch(/Expected/);
    }
    expect((await key.get(`/api/maps/${id}/tokens`)).body.tokens).toHaveLength(1);
  });
});
