import { describe, expect, it } from 'vitest';
import { api, startServer, tempDir, useResources } from '../../test/helpers.ts';
import { OPERATIONS } from './operations.ts';

/* The API description: complete, and its examples are requests the server accepts. */

const res = useResources();

// Hono's `/maps/:id` is OpenAPI's `/maps/{id}`; `ALL` entries are middleware and fallbacks.
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const FALLBACKS = new Set(['/api/*', '/collab', '/collab/*', '*', '/*']);

describe('OpenAPI description', () => {
  it('describes every route the server answers, and nothing it does not', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res) });
    const document = (await api(server, null).get('/api/openapi.json')).body;
    expect(document.openapi).toBe('3.1.0');
    const answered = server
      .routes()
      .filter((r) => r.method !== 'ALL' && !FALLBACKS.has(r.path))
      .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`);
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`),
    );
    expect(new Set(answered).size).toBeGreaterThan(50);
    expect([...new Set(answered)].filter((r) => !documented.includes(r))).toEqual([]);
    expect(documented.filter((r) => !answered.includes(r))).toEqual([]);
  });

  it('gives every request body a JSON schema and an example that passes the route’s validation', () => {
    const withBodies = OPERATIONS.filter((op) => op.body);
    expect(withBodies.length).toBeGreaterThan(20);
    for (const op of withBodies) {
      const parsed = op.body!.schema.safeParse(op.body!.example);
      expect([op.method, op.path, parsed.success]).toEqual([op.method, op.path, true]);
    }
  });

  it('documented examples are accepted by the live server', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res) });
    const key = api(server);
    const create = OPERATIONS.find((op) => op.method === 'post' && op.path === '/api/maps')!;
    expect((await key.post('/api/maps', create.body!.example)).status).toBe(201);
    const imported = OPERATIONS.find((op) => op.path === '/api/maps/import')!;
    const made = await key.post('/api/maps/import', imported.body!.example);
    expect(made.status).toBe(201);
    const token = OPERATIONS.find(
      (op) => op.method === 'post' && op.path === '/api/maps/{id}/tokens',
    )!;
    expect((await key.post(`/api/maps/${made.body.id}/tokens`, token.body!.example)).status).toBe(
      201,
    );
    const stage = OPERATIONS.find(
      (op) => op.method === 'post' && op.path === '/api/maps/{id}/stages',
    )!;
    expect((await key.post(`/api/maps/${made.body.id}/stages`, stage.body!.example)).status).toBe(
      201,
    );
  });

  it('serves a readable reference page', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res) });
    const page = await fetch(`http://localhost:${server.port}/api/docs`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('data-url="/api/openapi.json"');
    // Its renderer comes from this server, not from a CDN.
    expect(html).not.toMatch(/https?:\/\//);
    for (const [asset, type] of [
      ['swagger-ui-bundle.js', /javascript/],
      ['swagger-ui.css', /text\/css/],
      ['start.js', /javascript/],
    ] as const) {
      const file = await fetch(`http://localhost:${server.port}/api/docs/${asset}`);
      expect([asset, file.status]).toEqual([asset, 200]);
      expect(file.headers.get('content-type')).toMatch(type);
      expect((await file.text()).length).toBeGreaterThan(asset === 'start.js' ? 50 : 10_000);
    }
    expect((await fetch(`http://localhost:${server.port}/api/docs/package.json`)).status).toBe(404);
  });
});
