import { Hono } from 'hono';
import { z } from 'zod';
import { TEMPLATES, parseMapExport, templateMap } from '../../src/doc/index.ts';
import { isMapId } from '../ids.ts';
import type { Maps } from '../maps.ts';
import type { MapRecord, Store } from '../store/store.ts';
import { jsonError, readJson } from './errors.ts';

/* /api/templates and /api/maps/*. */

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

const created = (map: MapRecord) => ({
  id: map.id,
  title: map.title,
  links: { editor: `/maps/${map.id}` },
});

/** The map API, mounted under /api. */
export function mapRoutes(store: Store, maps: Maps): Hono {
  const api = new Hono();

  api.get('/templates', (c) => c.json({ templates: TEMPLATES }));

  api.get('/maps', (c) => c.json({ maps: store.listMaps().map(summary) }));

  api.post('/maps', async (c) => {
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

  api.post('/maps/import', async (c) => {
    const body = await readJson(c);
    if (body === undefined) return jsonError(c, 400, 'Request body must be JSON');
    const parsed = parseMapExport(body);
    if (!parsed.ok)
      return jsonError(c, 400, 'Not a valid map export', { problems: parsed.problems });
    return c.json(created(maps.create(parsed.map)), 201);
  });

  // Every :id route checks the id's shape before the store sees it.
  api.use('/maps/:id/*', async (c, next) => {
    if (!isMapId(c.req.param('id'))) return jsonError(c, 404, 'No such map');
    await next();
  });
  api.use('/maps/:id', async (c, next) => {
    if (!isMapId(c.req.param('id'))) return jsonError(c, 404, 'No such map');
    await next();
  });

  api.get('/maps/:id', (c) => {
    const map = store.getMap(c.req.param('id'));
    return map ? c.json(summary(map)) : jsonError(c, 404, 'No such map');
  });

  api.delete('/maps/:id', (c) => {
    return maps.remove(c.req.param('id')) ? c.body(null, 204) : jsonError(c, 404, 'No such map');
  });

  api.get('/maps/:id/export', (c) => {
    const map = maps.exportMap(c.req.param('id'));
    return map ? c.json(map) : jsonError(c, 404, 'No such map');
  });

  return api;
}
