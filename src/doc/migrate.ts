import { readMap } from './read.ts';
import { SCHEMA_VERSION, type MapState, type SystemData } from './schema.ts';
import { collection, createEntry, metaOf, type MapDoc } from './ydoc.ts';

/*
 * Bringing maps written before version 2 forward. Version 2 added the connections and the
 * systems catalogue; a version 1 map's system cards (in a systems lane) become its first
 * catalogue entries, one per distinct title, and each such card stands for its entry.
 *
 * Two colleagues may open the same old map at once and both migrate it. The ids are derived
 * from the titles, not drawn at random, so both write the same entries under the same keys
 * and the merged map holds each system once.
 */

/** Transaction origin of migrations: not this user's edit, so never on their undo stack. */
export const MIGRATION_ORIGIN = 'trailmap:migration';

/** What version 1 → 2 adds: catalogue entries, and which card stands for which. */
export interface CataloguePlan {
  systems: SystemData[];
  links: { cardId: string; systemId: string }[];
}

const normalized = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

/** A short stable id for a title: two FNV-1a hashes, 16 hex digits. */
export function titleId(title: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < title.length; i++) {
    const c = title.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return `sys-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** The catalogue a version 1 map implies; entries it already has are not made again. */
export function planCatalogue(map: Pick<MapState, 'cards' | 'lanes' | 'systems'>): CataloguePlan {
  const systemsLanes = new Set(map.lanes.filter((l) => l.kind === 'systems').map((l) => l.id));
  const known = new Set(map.systems.map((s) => s.id));
  const systems = new Map<string, SystemData>();
  const links: CataloguePlan['links'] = [];
  for (const card of map.cards) {
    if (card.kind !== 'system' || !systemsLanes.has(card.laneId) || card.systemId !== null)
      continue;
    const key = normalized(card.title);
    if (!key) continue;
    const id = titleId(key);
    links.push({ cardId: card.id, systemId: id });
    if (known.has(id) || systems.has(id)) continue;
    systems.set(id, {
      id,
      name: card.title.trim(),
      ownerId: card.ownerId,
      description: card.description,
      // Unscored: the middle of both scales until the team rates it.
      maturity: 3,
      importance: 3,
    });
  }
  return { systems: [...systems.values()], links };
}

/** A version 1 map (plain data, e.g. an old export) as version 2. */
export function migrateState(map: MapState): MapState {
  if (map.meta.schemaVersion >= SCHEMA_VERSION) return map;
  const plan = planCatalogue(map);
  const standsFor = new Map(plan.links.map((l) => [l.cardId, l.systemId]));
  return {
    ...map,
    meta: { ...map.meta, schemaVersion: SCHEMA_VERSION },
    cards: map.cards.map((c) =>
      standsFor.has(c.id) ? { ...c, systemId: standsFor.get(c.id)! } : c,
    ),
    systems: [...map.systems, ...plan.systems],
  };
}

/** The version a document says it has, or null when it has none yet (nothing loaded). */
export function storedSchemaVersion(doc: MapDoc): number | null {
  const version = metaOf(doc).get('schemaVersion');
  return typeof version === 'number' ? version : null;
}

/**
 * Migrates a loaded document written before this version, in one transaction that is nobody's
 * undo step. Returns whether it changed anything. Safe to run on several replicas at once.
 */
export function migrateDoc(doc: MapDoc): boolean {
  const version = storedSchemaVersion(doc);
  if (version === null || version >= SCHEMA_VERSION) return false;
  const plan = planCatalogue(readMap(doc));
  doc.transact(() => {
    const systems = collection(doc, 'systems');
    for (const { id, ...fields } of plan.systems) {
      if (!systems.has(id)) createEntry(systems, id, fields);
    }
    const cards = collection(doc, 'cards');
    for (const { cardId, systemId } of plan.links) {
      const card = cards.get(cardId);
      if (card && typeof card.get('systemId') !== 'string') card.set('systemId', systemId);
    }
    metaOf(doc).set('schemaVersion', SCHEMA_VERSION);
  }, MIGRATION_ORIGIN);
  return true;
}
