import * as Y from 'yjs';
import { z } from 'zod';
import { migrateState } from './migrate.ts';
import { ordersAfter } from './order.ts';
import {
  CARD_KINDS,
  CHANNELS,
  CONNECTION_KINDS,
  EVIDENCE_LEVELS,
  FLOW_STATUSES,
  LANE_KINDS,
  SCHEMA_VERSION,
  SCORE_MAX,
  SCORE_MIN,
  type MapState,
} from './schema.ts';
import { collection, createEntry, metaOf, transact, type MapDoc } from './ydoc.ts';

/* The JSON exchange format (GET …/export, POST /api/maps/import): MapState itself. */

const id = z.string().min(1).max(64);
const ref = id.nullable().default(null);
const text = (max: number) => z.string().max(max);
const order = z.string().max(128).optional();
const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX).default(3);

const exportSchema = z.object({
  meta: z.object({
    title: text(200).min(1),
    purpose: text(5000).default(''),
    // Absent in hand-written files: then the file's own content says which version it is.
    schemaVersion: z.number().int().positive().max(SCHEMA_VERSION).optional(),
    observedSet: z.string().max(100).nullable().default(null),
    ignoredActivities: z.array(text(500)).max(5000).default([]),
  }),
  stages: z
    .array(z.object({ id, name: text(200), order, goal: text(2000).default(''), ownerId: ref }))
    .max(500),
  lanes: z.array(z.object({ id, name: text(200), kind: z.enum(LANE_KINDS), order })).max(100),
  cards: z
    .array(
      z.object({
        id,
        stageId: id,
        laneId: id,
        order,
        kind: z.enum(CARD_KINDS),
        title: text(500),
        description: text(20_000).default(''),
        channel: z.enum(CHANNELS).nullable().default(null),
        ownerId: ref,
        emotion: z.record(z.string(), z.number().int().min(-2).max(2)).default({}),
        momentOfTruth: z.boolean().default(false),
        evidence: z.enum(EVIDENCE_LEVELS).default('assumption'),
        reviewedAt: z.string().max(40).nullable().default(null),
        kpiIds: z.array(id).default([]),
        systemId: ref,
        reliesOn: z.array(id).max(200).default([]),
        activities: z.array(text(500)).max(500).default([]),
      }),
    )
    .max(20_000),
  personas: z
    .array(z.object({ id, name: text(200), description: text(5000).default(''), order }))
    .max(50)
    .default([]),
  people: z
    .array(
      z.object({
        id,
        name: text(200),
        team: text(200).default(''),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .default('#64748b'),
      }),
    )
    .max(2000)
    .default([]),
  kpis: z
    .array(
      z.object({
        id,
        name: text(200),
        unit: text(40).default(''),
        target: z.number().finite().nullable().default(null),
        current: z.number().finite().nullable().default(null),
        direction: z.enum(['higher', 'lower']).default('higher'),
        ownerId: ref,
        stageId: ref,
        cardId: ref,
        min: z.number().finite().nullable().default(null),
        max: z.number().finite().nullable().default(null),
        history: z
          .array(
            z.object({
              at: z.string().max(40),
              value: z.number().finite(),
              source: z.enum(['api', 'manual']).optional(),
            }),
          )
          .max(10_000)
          .default([]),
      }),
    )
    .max(2000)
    .default([]),
  actions: z
    .array(
      z.object({
        id,
        title: text(500),
        ownerId: ref,
        due: z.string().max(40).nullable().default(null),
        status: z.enum(['todo', 'doing', 'done']).default('todo'),
        impact: z.number().int().min(1).max(5).default(3),
        effort: z.number().int().min(1).max(5).default(3),
        cardIds: z.array(id).default([]),
      }),
    )
    .max(5000)
    .default([]),
  connections: z
    .array(
      z.object({
        id,
        from: id,
        to: id,
        kind: z.enum(CONNECTION_KINDS).default('flow'),
        label: text(200).default(''),
        status: z.enum(FLOW_STATUSES).nullable().default(null),
      }),
    )
    .max(20_000)
    .default([]),
  systems: z
    .array(
      z.object({
        id,
        name: text(200),
        ownerId: ref,
        description: text(5000).default(''),
        maturity: score,
        importance: score,
      }),
    )
    .max(2000)
    .default([]),
});

type Parsed = z.infer<typeof exportSchema>;

export type ParseResult = { ok: true; map: MapState } | { ok: false; problems: string[] };

function referenceProblems(map: Parsed): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [name, list] of Object.entries(map)) {
    if (!Array.isArray(list)) continue;
    for (const item of list as { id: string }[]) {
      if (seen.has(`${name}:${item.id}`)) problems.push(`${name}: duplicate id "${item.id}"`);
      seen.add(`${name}:${item.id}`);
    }
  }
  const stages = new Set(map.stages.map((s) => s.id));
  const lanes = new Set(map.lanes.map((l) => l.id));
  map.cards.forEach((card, i) => {
    if (!stages.has(card.stageId)) problems.push(`cards[${i}]: unknown stageId "${card.stageId}"`);
    if (!lanes.has(card.laneId)) problems.push(`cards[${i}]: unknown laneId "${card.laneId}"`);
  });
  return problems;
}

/**
 * What a reader of the document would not show anyway is left out rather than refused, as
 * readMap does: connections to cards the file lacks (a trimmed export) and references to
 * systems it lacks. Data flows get a status, other connections none.
 */
function withoutDangling(data: Parsed): Parsed {
  const cardIds = new Set(data.cards.map((c) => c.id));
  const systemIds = new Set(data.systems.map((s) => s.id));
  return {
    ...data,
    cards: data.cards.map((c) => ({
      ...c,
      systemId: c.systemId !== null && systemIds.has(c.systemId) ? c.systemId : null,
      reliesOn: [...new Set(c.reliesOn)].filter((s) => systemIds.has(s)),
    })),
    connections: data.connections
      .filter((c) => c.from !== c.to && cardIds.has(c.from) && cardIds.has(c.to))
      .map((c) => ({ ...c, status: c.kind === 'data' ? (c.status ?? 'automated') : null })),
  };
}

/** Validates an exported map; lists every problem found instead of throwing. */
export function parseMapExport(input: unknown): ParseResult {
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return { ok: false, problems };
  }
  const problems = referenceProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  const data = withoutDangling(parsed.data);
  // Exports from before version 2 carry neither connections nor systems.
  const fromFile = data.meta.schemaVersion;
  const version = fromFile ?? (Object.hasOwn(input as object, 'systems') ? SCHEMA_VERSION : 1);
  // Entries without an order keep their position in the file.
  const withOrders = <T extends { order?: string | undefined }>(list: T[]) => {
    const fresh = ordersAfter(null, list.length);
    return list.map((item, i) => ({ ...item, order: item.order || fresh[i]! }));
  };
  return {
    ok: true,
    map: migrateState({
      ...data,
      meta: { ...data.meta, schemaVersion: version },
      stages: withOrders(data.stages),
      lanes: withOrders(data.lanes),
      cards: withOrders(data.cards),
      personas: withOrders(data.personas),
    }),
  };
}

/** Writes a whole map (of this schema version: parseMapExport migrates) into an empty document. */
export function writeMap(doc: MapDoc, map: MapState): void {
  transact(doc, () => {
    const meta = metaOf(doc);
    meta.set('title', map.meta.title);
    meta.set('purpose', map.meta.purpose);
    meta.set('schemaVersion', SCHEMA_VERSION);
    if (map.meta.observedSet) meta.set('observedSet', map.meta.observedSet);
    if (map.meta.ignoredActivities.length > 0)
      meta.set('ignoredActivities', map.meta.ignoredActivities);
    for (const { id, ...rest } of map.stages) createEntry(collection(doc, 'stages'), id, rest);
    for (const { id, ...rest } of map.lanes) createEntry(collection(doc, 'lanes'), id, rest);
    for (const { id, description, emotion, kpiIds, reliesOn, ...rest } of map.cards) {
      createEntry(collection(doc, 'cards'), id, {
        ...rest,
        description: new Y.Text(description),
        emotion: new Y.Map(Object.entries(emotion)),
        kpiIds: Y.Array.from(kpiIds),
        reliesOn: Y.Array.from(reliesOn),
      });
    }
    for (const { id, ...rest } of map.personas) createEntry(collection(doc, 'personas'), id, rest);
    for (const { id, ...rest } of map.people) createEntry(collection(doc, 'people'), id, rest);
    for (const { id, history, ...rest } of map.kpis) {
      createEntry(collection(doc, 'kpis'), id, { ...rest, history: Y.Array.from(history) });
    }
    for (const { id, cardIds, ...rest } of map.actions) {
      createEntry(collection(doc, 'actions'), id, { ...rest, cardIds: Y.Array.from(cardIds) });
    }
    for (const { id, ...rest } of map.connections)
      createEntry(collection(doc, 'connections'), id, rest);
    for (const { id, ...rest } of map.systems) createEntry(collection(doc, 'systems'), id, rest);
  });
}
