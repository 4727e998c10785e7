/*
 * KPIs: data pipelines push a KPI's current value over HTTP; it lands in the live document
 * (stored and broadcast like any edit) and in the KPI's history, marked as coming from the API.
 * A value outside the KPI's valid range (0…100 for a percentage unless set otherwise) is
 * refused with 400 and changes nothing.
 */
import { z } from 'zod';
import { recordKpiValue } from '../../../src/doc/index.ts';
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
          const outcome = await rooms.update(
            contentRoom(id),
            (doc) => recordKpiValue(doc, kpiId, value, { at, source: 'api' }),
            c.get('grant').participant?.name ?? null,
          );
          if (outcome.ok) return c.json({ kpiId, current: value, at });
          return outcome.reason === 'missing'
            ? jsonError(c, 404, 'No such KPI')
            : jsonError(c, 400, outcome.message);
        },
      );
    },
  };
}
