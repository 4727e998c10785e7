/*
 * KPIs: data pipelines push a KPI's current value over HTTP; it lands in the live document
 * (stored and broadcast like any edit) and in the KPI's history.
 */
import { z } from 'zod';
import { setKpiCurrent } from '../../../src/doc/index.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import { contentRoom } from '../../ids.ts';

// z.number() refuses NaN and ±Infinity (which JSON cannot carry anyway).
export const kpiValueBody = z.object({ value: z.number() });

/** The KPI extension: `PUT /api/maps/:id/kpis/:kpiId/current` for editors and the key. */
export function kpis({ store, rooms, guards }: ServerContext): Extension {
  return {
    name: 'kpis',
    routes(api) {
      api.put(
        '/maps/:id/kpis/:kpiId/current',
        guards.onMap('editor', ['kpis', 'content']),
        async (c) => {
          const parsed = kpiValueBody.safeParse(await readJson(c));
          if (!parsed.success) return jsonError(c, 400, 'Expected { "value": a finite number }');
          const { value } = parsed.data;
          const id = c.req.param('id');
          const kpiId = c.req.param('kpiId');
          const at = new Date().toISOString();
          if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
          const done = await rooms.update(
            contentRoom(id),
            (doc) => setKpiCurrent(doc, kpiId, value, at),
            c.get('grant').participant?.name ?? null,
          );
          return done ? c.json({ kpiId, current: value, at }) : jsonError(c, 404, 'No such KPI');
        },
      );
    },
  };
}
