import * as Y from 'yjs';

/** Transaction origin of this client's own edits; the undo manager tracks only this. */
export const LOCAL_ORIGIN = 'trailmap:local';

export type MapDoc = Y.Doc;
export type Entry = Y.Map<unknown>;
export type Collection = Y.Map<Entry>;

export const COLLECTIONS = [
  'stages',
  'lanes',
  'cards',
  'personas',
  'people',
  'kpis',
  'actions',
  'connections',
  'systems',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A new, empty map document (garbage collection on, as on the server). */
export function createMapDoc(): MapDoc {
  return new Y.Doc();
}

export function metaOf(doc: MapDoc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function collection(doc: MapDoc, name: CollectionName): Collection {
  return doc.getMap(name);
}

/** Whether the map holds an entry of that id in `name` (without reading the map). */
export function hasEntry(doc: MapDoc, name: CollectionName, id: string): boolean {
  return collection(doc, name).has(id);
}

/** Runs `fn` as one local transaction (one undo step, one update on the wire). */
export function transact(doc: MapDoc, fn: () => void): void {
  doc.transact(fn, LOCAL_ORIGIN);
}

/** Creates an entry with `id` equal to its key, as the document contract requires. */
export function createEntry(
  target: Collection,
  id: string,
  fields: Record<string, unknown>,
): Entry {
  const entry = new Y.Map<unknown>();
  entry.set('id', id);
  for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  target.set(id, entry);
  return entry;
}

export function getEntry(doc: MapDoc, name: CollectionName, id: string): Entry | undefined {
  return collection(doc, name).get(id);
}

/** Encodes the whole document as one update (what a fresh client or the store needs). */
export function encodeDoc(doc: MapDoc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** Applies a binary update; `origin` tells observers where it came from. */
export function applyDocUpdate(doc: MapDoc, update: Uint8Array, origin?: unknown): void {
  Y.applyUpdate(doc, update, origin);
}

/** Subscribes to binary updates of the document; returns the unsubscribe function. */
export function onDocUpdate(
  doc: MapDoc,
  fn: (update: Uint8Array, origin: unknown) => void,
): () => void {
  doc.on('update', fn);
  return () => doc.off('update', fn);
}
