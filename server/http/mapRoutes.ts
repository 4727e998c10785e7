import { Hono } from 'hono';
import { z } from 'zod';
import { TEMPLATES, parseMapExport, templateMap } from '../../src/doc/index.ts';
import type { Access } from '../auth/access.ts';
import type { Maps } from '../maps.ts';
import type { MapRecord, Store } from '../store/store.ts';
import { member, onMap, type AuthEnv } from './auth.ts';
import { jsonError, readJson } from './errors.ts';

/* /api/templates and /api/maps: the maps themselves. */

const createBody = z.object({
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

/** The map API, mounted under /api. */
export function mapRoutes(store: Store, maps: Maps, access: Access): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.get('/templates', (c) => c.json({ templates: TEMPLATES }));

  api.get('/maps', member(access), (c) => c.json({ maps: store.listMaps().map(summary) }));

  api.post('/maps', member(access), async (c) => {
    const body = await readJson(c);
    if (body === undefined) return jsonError(c, 400, 'Request body must be JSON');
    const parsed = createBody.safeParse(body);
    if (!parsed.success) {
      return jsonError(c, 400, 'Expected { "title": 1 to 200 characters, "template"?: string }');
    }
    const { title, template = 'blank' } = parsed.data;
    const content = templateMap(template, title);
    if (!content) return jsonError(c, 400, `Unknown template "${template}"`);
    return c.json(created(maps.create(content)), 201);
  });

  api.post('/maps/import', member(access), async (c) => {
    const body = await readJson(c);
    if (body === undefined) return jsonError(c, 400, 'Request body must be JSON');
    const parsed = parseMapExport(body);
    if (!parsed.ok)
      return jsonError(c, 400, 'Not a valid map export', { problems: parsed.problems });
    return c.json(created(maps.create(parsed.map)), 201);
  });

  // Share-link holders may read the summary (the page header) and export (viewers included).
  api.get('/maps/:id', onMap(access, 'viewer'), (c) => {
    const map = store.getMap(c.req.param('id'));
    return map ? c.json(summary(map)) : jsonError(c, 404, 'No such map');
  });

  api.delete('/maps/:id', onMap(access, 'owner'), (c) => {
    return maps.remove(c.req.param('id')) ? c.body(null, 204) : jsonError(c, 404, 'No such map');
  });

  api.get('/maps/:id/export', onMap(access, 'viewer'), (c) => {
    const map = maps.exportMap(c.req.param('id'));
    return map ? c.json(map) : jsonError(c, 404, 'No such map');
  });

  // Who am I on this map: lets the app mirror the role the server enforces.
  api.get('/maps/:id/access', onMap(access, 'viewer'), (c) => {
    const map = store.getMap(c.req.param('id'));
    if (!map) return jsonError(c, 404, 'No such map');
    return c.json({ role: c.get('grant').role, mapId: map.id, title: map.title });
  });

  return api;
}
