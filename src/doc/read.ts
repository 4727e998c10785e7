import type * as Y from 'yjs';
import { converters, toMeta } from './convert.ts';
import { byOrder } from './order.ts';
import type { CardData, MapState, PersonaData } from './schema.ts';
import {
  COLLECTIONS,
  collection,
  metaOf,
  type CollectionName,
  type Entry,
  type MapDoc,
} from './ydoc.ts';

type Converted<K extends CollectionName> = ReturnType<(typeof converters)[K]>;

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

// Personas by their order key; those made before personas had one ('' keys) first, by name.
const byPersonaOrder = (a: PersonaData, b: PersonaData) => {
  const x = a.order ?? '';
  const y = b.order ?? '';
  if (x !== y) return x < y ? -1 : 1;
  return byName(a, b);
};

function readCollection<K extends CollectionName>(
  doc: MapDoc,
  name: K,
  cache?: WeakMap<Entry, unknown>,
): Converted<K>[] {
  const convert = converters[name] as (e: Entry) => Converted<K>;
  const out: Converted<K>[] = [];
  for (const [key, entry] of collection(doc, name).entries()) {
    let data = cache?.get(entry) as Converted<K> | undefined;
    if (data === undefined) {
      data = { ...convert(entry), id: key };
      cache?.set(entry, data);
    }
    out.push(data);
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The card without references to systems that are gone (the same object when it has none). */
function withKnownSystems(card: CardData, systems: ReadonlySet<string>): CardData {
  const dangling =
    (card.systemId !== null && !systems.has(card.systemId)) ||
    card.reliesOn.some((id) => !systems.has(id));
  if (!dangling) return card;
  return {
    ...card,
    systemId: card.systemId !== null && systems.has(card.systemId) ? card.systemId : null,
    reliesOn: card.reliesOn.filter((id) => systems.has(id)),
  };
}

function assemble(doc: MapDoc, cache?: WeakMap<Entry, unknown>): MapState {
  const stages = readCollection(doc, 'stages', cache).sort(byOrder);
  const lanes = readCollection(doc, 'lanes', cache).sort(byOrder);
  // A card whose stage or lane was deleted concurrently with its move is gone with it.
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  const systems = readCollection(doc, 'systems', cache).sort(byName);
  const systemIds = new Set(systems.map((s) => s.id));
  // A system deleted while a colleague linked a card to it leaves no reference behind.
  const cards = readCollection(doc, 'cards', cache)
    .filter((c) => stageIds.has(c.stageId) && laneIds.has(c.laneId))
    .sort(byOrder)
    .map((c) => withKnownSystems(c, systemIds));
  // A connection whose card was deleted concurrently (or went with its stage) is not drawn.
  const cardIds = new Set(cards.map((c) => c.id));
  const connections = readCollection(doc, 'connections', cache)
    .filter((c) => c.from !== c.to && cardIds.has(c.from) && cardIds.has(c.to))
    .sort(byId);
  return {
    meta: toMeta(metaOf(doc)),
    stages,
    lanes,
    cards,
    personas: readCollection(doc, 'personas', cache).sort(byPersonaOrder),
    people: readCollection(doc, 'people', cache).sort(byName),
    kpis: readCollection(doc, 'kpis', cache).sort(byName),
    // Title, then id: two replicas must list same-titled actions in the same order.
    actions: readCollection(doc, 'actions', cache).sort(
      (a, b) => a.title.localeCompare(b.title) || byId(a, b),
    ),
    connections,
    systems,
  };
}

/** The whole map as plain data (arrays sorted by order, then id). */
export function readMap(doc: MapDoc): MapState {
  return assemble(doc);
}

export interface MapReader {
  /** The current state; the same object until the document changes. */
  read(): MapState;
  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

/**
 * A reader for UIs: snapshots are stable between changes (for useSyncExternalStore),
 * and an entry's plain object is reused until that entry changes, so memoised
 * components re-render only for what actually changed.
 */
export function createMapReader(doc: MapDoc): MapReader {
  const cache = new WeakMap<Entry, unknown>();
  const listeners = new Set<() => void>();
  let snapshot: MapState | null = null;

  const invalidate = (name: CollectionName) => (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const target = collection(doc, name);
    for (const event of events) {
      const key = event.path[0];
      if (typeof key === 'string') {
        const entry = target.get(key);
        if (entry) cache.delete(entry);
      }
    }
  };
  const observers = COLLECTIONS.map((name) => {
    const fn = invalidate(name);
    collection(doc, name).observeDeep(fn);
    return () => collection(doc, name).unobserveDeep(fn);
  });
  const onAfter = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    snapshot = null;
    for (const fn of listeners) fn();
  };
  doc.on('afterTransaction', onAfter);

  return {
    read: () => (snapshot ??= assemble(doc, cache)),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      observers.forEach((off) => off());
      doc.off('afterTransaction', onAfter);
      listeners.clear();
    },
  };
}
