import type { Hono } from 'hono';
import { z } from 'zod';
import {
  MERMAID_TYPE,
  TEMPLATES,
  mapToMermaid,
  mermaidToMap,
  templateMap,
} from '../../src/doc/index.ts';
import type { ServerContext } from '../context.ts';
import type { MapRecord } from '../store/store.ts';
import type { AuthEnv } from './auth.ts';
import { jsonBody, jsonError, readJson } from './errors.ts';

/* /api/templates and /api/maps: the maps themselves. */

export const createBody = z.object({
  title: z.string().trim().min(1).max(200),
  template: z.string().optional(),
});

const summary = (map: MapRecord) => ({
  id: map.id,
  title: map.title,
  createdAt: new Date(map.createdAt).toISOString(),
  updatedAt: new Date(map.updatedAt).toISOString(),
});

// `links.editor` is the app route members open the map at (their key is their credential);
// share links with tokens are made explicitly through /api/maps/:id/links.
const created = (map: MapRecord) => ({
  id: map.id,
  title: map.title,
  links: { editor: `/maps/${map.id}` },
});

// Integration tokens of any scope may read a map.
const ANY_TOKEN = ['read', 'kpis', 'content'] as const;

// Mermaid text is small; a JSON body is looked into only when it is small too.
const MERMAID_PEEK_BYTES = 1024 * 1024;

/** The Mermaid text of an import request, or null if it is a map export. */
function mermaidSource(contentType: string, body: Uint8Array): string | null {
  const text = () => new TextDecoder().decode(body);
  if (contentType.toLowerCase().startsWith(MERMAID_TYPE)) return text();
  if (body.length > MERMAID_PEEK_BYTES) return null;
  try {
    const json = JSON.parse(text()) as { format?: unknown; text?: unknown };
    if (json?.format === 'mermaid') return typeof json.text === 'string' ? json.text : '';
  } catch {
    // Not JSON: the export import says so.
  }
  return null;
}

/** Adds the map API to `api` (mounted under /api). */
export function mapRoutes(api: Hono<AuthEnv>, { store, maps, guards }: ServerContext): void {
  api.get('/templates', (c) => c.json({ templates: TEMPLATES }));

  api.get('/maps', guards.member(), async (c) =>
    c.json({ maps: (await store.maps.list()).map(summary) }),
  );

  api.post('/maps', guards.member(), async (c) => {
    const body = await readJson(c);
    if (body === undefined) return jsonError(c, 400, 'Request body must be JSON');
    const parsed = createBody.safeParse(body);
    if (!parsed.success) {
      return jsonError(c, 400, 'Expected { "title": 1 to 200 characters, "template"?: string }');
    }
    const { title, template = 'blank' } = parsed.data;
    const content = templateMap(template, title);
    if (!content) return jsonError(c, 400, `Unknown template "${template}"`);
    return c.json(created(await maps.create(content)), 201);
  });

  // Parsing, checking and encoding a large map take seconds: maps.importJson does it in a worker.
  // A Mermaid journey comes as text/vnd.mermaid, or as JSON { "format": "mermaid", "text" }.
  api.post('/maps/import', guards.member(), async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    const mermaid = mermaidSource(c.req.header('content-type') ?? '', body);
    if (mermaid !== null) {
      // Parsed on the main thread: a journey of a megabyte is already thousands of tasks.
      if (body.length > MERMAID_PEEK_BYTES) return jsonError(c, 413, 'Mermaid text over 1 MiB');
      const result = mermaidToMap(mermaid);
      const problems = result.problems.map((p) => `Line ${p.line}: ${p.message}`);
      if (!result.ok) return jsonError(c, 400, 'Not a Mermaid journey', { problems });
      return c.json({ ...created(await maps.create(result.map)), problems }, 201);
    }
    const imported = await maps.importJson(body);
    if (!imported.ok) {
      const { error, problems } = imported;
      return jsonError(c, 400, error, problems ? { problems } : {});
    }
    return c.json(created(imported.map), 201);
  });

  // Share-link holders may read the summary (the page header) and export (viewers included).
  api.get('/maps/:id', guards.onMap('viewer', ANY_TOKEN), async (c) => {
    const map = await store.maps.get(c.req.param('id'));
    return map ? c.json(summary(map)) : jsonError(c, 404, 'No such map');
  });

  api.delete('/maps/:id', guards.onMap('owner'), async (c) => {
    const removed = await maps.remove(c.req.param('id'));
    return removed ? c.body(null, 204) : jsonError(c, 404, 'No such map');
  });

  api.get('/maps/:id/export', guards.onMap('viewer', ANY_TOKEN), async (c) => {
    if (c.req.query('format') === 'mermaid') {
      const map = await maps.exportMap(c.req.param('id'));
      if (!map) return jsonError(c, 404, 'No such map');
      return c.body(mapToMermaid(map).text, 200, {
        'content-type': `${MERMAID_TYPE}; charset=utf-8`,
      });
    }
    const json = await maps.exportJson(c.req.param('id'));
    return json ? jsonBody(c, json) : jsonError(c, 404, 'No such map');
  });

  // Who am I on this map: lets the app mirror the role the server enforces.
  api.get('/maps/:id/access', guards.onMap('viewer', ANY_TOKEN), async (c) => {
    const map = await store.maps.get(c.req.param('id'));
    if (!map) return jsonError(c, 404, 'No such map');
    const { role, history } = c.get('grant');
    return c.json({ role, history, mapId: map.id, title: map.title });
  });
}
