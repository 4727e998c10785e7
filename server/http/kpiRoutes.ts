import { Hono } from 'hono';
import { z } from 'zod';
import type { Access } from '../auth/access.ts';
import type { Maps } from '../maps.ts';
import { onMap, type AuthEnv } from './auth.ts';
import { jsonError, readJson } from './errors.ts';

/* /api/maps/:id/kpis/:kpiId/current: KPI values pushed by data pipelines. */

// z.number() refuses NaN and ±Infinity (which JSON cannot carry anyway).
const body = z.object({ value: z.number() });

/** The KPI API, mounted under /api. */
export function kpiRoutes(maps: Maps, access: Access): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.put('/maps/:id/kpis/:kpiId/current', onMap(access, 'editor'), async (c) => {
    const parsed = body.safeParse(await readJson(c));
    if (!parsed.success) return jsonError(c, 400, 'Expected { "value": a finite number }');
    const { value } = parsed.data;
    const kpiId = c.req.param('kpiId');
    const at = new Date().toISOString();
    switch (maps.setKpiCurrent(c.req.param('id'), kpiId, value, at)) {
      case 'no-map':
        return jsonError(c, 404, 'No such map');
      case 'no-kpi':
        return jsonError(c, 404, 'No such KPI');
      case 'ok':
        return c.json({ kpiId, current: value, at });
    }
  });

  return api;
}
