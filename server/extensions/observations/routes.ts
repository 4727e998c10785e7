import type { Context, Hono } from 'hono';
import { nanoid } from 'nanoid';
import { COLUMN_ROLES, type ColumnChoice } from '../../../src/observed/log/columns.ts';
import {
  OBSERVATION_SET_TYPE,
  VARIANTS_LISTED,
  type ObservationData,
} from '../../../src/observed/log/types.ts';
import { observedFigures } from '../../../src/observed/overlay/figures.ts';
import type { ServerContext } from '../../context.ts';
import type { AuthEnv } from '../../http/auth.ts';
import { jsonError } from '../../http/errors.ts';
import type { ObservationRecord } from '../../store/store.ts';
import type { LogFormat } from './analyse.ts';
import type { Imported, Importer } from './importer.ts';
import { parsedSet } from './validate.ts';
import { LogError } from '../../../src/observed/log/logError.ts';

/*
 * /api/maps/:id/observations: observation sets. Editors import (the event log is the request
 * body, plain or gzip; or, from the map page, the figures its worker computed, checked here)
 * and delete; every role reads. Only the figures are stored.
 */

const summary = (r: ObservationRecord) => ({
  id: r.id,
  name: r.name,
  source: r.source,
  cases: r.cases,
  events: r.events,
  activities: r.activities,
  from: r.from,
  to: r.to,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  importMs: r.importMs,
});

/** The body as chunks, refused past `maxBytes` (a gzip body is checked again inflated). */
async function* limited(c: Context, maxBytes: number): AsyncGenerator<Uint8Array> {
  const body = c.req.raw.body;
  if (!body) return;
  let total = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new LogError(413, `The event log is over ${maxBytes} bytes`);
    yield chunk;
  }
}

const SET_PATH = /^\/maps\/[^/]+\/observations$/;

/** Whether a request is an import (its body is streamed under the event-log limit). */
export const isImport = (method: string, path: string) => method === 'POST' && SET_PATH.test(path);

export function observationRoutes(api: Hono<AuthEnv>, context: ServerContext, importer: Importer) {
  const { guards, store, config, maps } = context;
  const editor = guards.onMap('editor');
  // Pipelines import with a token that may write KPIs and observations; any token may read.
  const writer = guards.onMap('editor', ['kpis', 'content']);
  const anyone = guards.onMap('viewer', ['read', 'kpis', 'content']);

  api.post('/maps/:id/observations', writer, async (c) => {
    const mapId = c.req.param('id');
    if (!(await store.maps.get(mapId))) return jsonError(c, 404, 'No such map');
    const length = Number(c.req.header('content-length') ?? 0);
    if (length > config.maxEventLogBytes)
      return jsonError(c, 413, `The event log is over ${config.maxEventLogBytes} bytes`);
    const format = c.req.query('format');
    if (format !== undefined && format !== 'csv' && format !== 'xes')
      return jsonError(c, 400, 'format must be csv or xes');
    const columns: ColumnChoice = {};
    for (const role of COLUMN_ROLES) {
      const name = c.req.query(role);
      if (name) columns[role] = name;
    }
    const source = (c.req.query('source') ?? '').slice(0, 200);
    const name = (c.req.query('name') ?? '').trim().slice(0, 120) || source || 'Observed journeys';
    const started = performance.now();
    // The browser parses in a worker and sends the figures; any other body is the log itself.
    const prepared = (c.req.header('content-type') ?? '').startsWith(OBSERVATION_SET_TYPE);
    let imported: Imported;
    let parseMs = 0;
    try {
      if (prepared) {
        const chunks: Uint8Array[] = [];
        for await (const chunk of limited(c, config.maxEventLogBytes)) chunks.push(chunk);
        const set = parsedSet(Buffer.concat(chunks).toString('utf8'));
        const { data, ...counts } = set.analysis;
        imported = { counts, data: new TextEncoder().encode(JSON.stringify(data)) };
        parseMs = set.parseMs;
      } else
        imported = await importer.run(
          limited(c, config.maxEventLogBytes),
          { format: format as LogFormat | undefined, columns, maxBytes: config.maxEventLogBytes },
          c.req.raw.signal,
        );
    } catch (error) {
      if (error instanceof LogError) return jsonError(c, error.status, error.message);
      throw error;
    }
    const grant = c.get('grant');
    const record: ObservationRecord = {
      id: nanoid(12),
      mapId,
      name,
      source,
      ...imported.counts,
      createdAt: Date.now(),
      createdBy:
        grant.participant?.name ?? (grant.linkId ? 'an editor link' : 'a workspace member'),
      // For a set parsed in the browser: its parse there, then the checks and storing here.
      importMs: parseMs + Math.round(performance.now() - started),
    };
    // The map may have been deleted while the log was parsed: then there is nothing to add to.
    if (!(await store.maps.get(mapId))) return jsonError(c, 404, 'No such map');
    await store.observations.create(record, imported.data);
    context.events.emit({ type: 'observations.imported', mapId, data: summary(record) });
    return c.json(summary(record), 201);
  });

  api.get('/maps/:id/observations', anyone, async (c) => {
    const sets = await store.observations.list(c.req.param('id'));
    return c.json({ sets: sets.map(summary) });
  });

  api.get('/maps/:id/observations/:setId', anyone, async (c) => {
    const { id, setId } = c.req.param();
    const record = await store.observations.get(id!, setId!);
    const bytes = record && (await store.observations.data(id!, setId!));
    if (!record || !bytes) return jsonError(c, 404, 'No such observation set');
    const data = JSON.parse(new TextDecoder().decode(bytes)) as ObservationData;
    const map = await maps.exportMap(id!);
    const figures = map ? observedFigures(map, data, record.cases) : null;
    return c.json({
      ...summary(record),
      activityStats: data.activityStats.map((a) => ({
        ...a,
        cardId: figures?.matches.get(a.name)?.cardId ?? null,
      })),
      transitions: data.transitions,
      variants: data.variants
        .slice(0, VARIANTS_LISTED)
        .map((v) => ({ activities: v.activities, cases: v.cases })),
      skipped: data.skipped,
      stages: map
        ? map.stages.map((s) => ({ stageId: s.id, name: s.name, ...figures!.stages.get(s.id)! }))
        : [],
      // Everything the overlay needs (all kept variants, with their times and channels).
      data,
    });
  });

  api.delete('/maps/:id/observations/:setId', editor, async (c) => {
    const { id, setId } = c.req.param();
    return (await store.observations.delete(id!, setId!))
      ? c.body(null, 204)
      : jsonError(c, 404, 'No such observation set');
  });
}
