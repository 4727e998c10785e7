import * as Y from 'yjs';
import { MIGRATION_ORIGIN } from './migrate.ts';
import { COLLECTIONS, transact, type MapDoc } from './ydoc.ts';

/*
 * Notices when a colleague's edit made without knowing of yours replaced it: the same field set
 * at the same moment, or while you were offline. Yjs keeps one value per field (the last by a
 * fixed order), so one of the two writers silently loses; this tells the loser.
 *
 * Every field you set is remembered with the Yjs item that holds your value. When a remote
 * change then replaces that field, the new item says what its writer saw (its origin, the item
 * it replaced): if that was your item, they edited after you (an ordinary later edit); if not,
 * they never saw your value, and yours lost.
 */

/** Where a field lives: an entry of a collection, or the map's own meta fields. */
export interface FieldPath {
  collection: (typeof COLLECTIONS)[number] | 'meta';
  /** The entry's id; null for meta. */
  id: string | null;
  field: string;
}

export interface Overwrite extends FieldPath {
  /** What you had set. */
  mine: unknown;
  /** What replaced it. */
  theirs: unknown;
  /** The Yjs client that wrote it (a colleague's doc client id, as in presence). */
  byClient: number;
  at: number;
}

interface Mine {
  value: unknown;
  item: Y.ID;
}

/** How many of your own field edits are remembered at most (the oldest go first). */
const REMEMBERED = 2000;

const keyOf = (p: FieldPath) => `${p.collection}\u0000${p.id ?? ''}\u0000${p.field}`;
const sameId = (a: Y.ID | null, b: Y.ID) =>
  a !== null && a.client === b.client && a.clock === b.clock;

/** Where a changed map sits in the document, or null if it is not a field holder. */
function pathOf(doc: MapDoc, type: unknown): Omit<FieldPath, 'field'> | null {
  if (!(type instanceof Y.Map)) return null;
  if (type === doc.getMap('meta')) return { collection: 'meta', id: null };
  const parent = type._item?.parent;
  const key = type._item?.parentSub;
  if (!(parent instanceof Y.Map) || typeof key !== 'string') return null;
  const collection = COLLECTIONS.find((name) => doc.getMap(name) === parent);
  return collection ? { collection, id: key } : null;
}

/** Watches `doc`; calls `onOverwrite` for each of your field values a concurrent edit replaced. */
export function watchOverwrites(
  doc: MapDoc,
  onOverwrite: (overwrite: Overwrite) => void,
  now: () => number = Date.now,
): () => void {
  const mine = new Map<string, Mine>();

  const onTransaction = (tr: Y.Transaction) => {
    if (tr.origin === MIGRATION_ORIGIN) return;
    for (const [type, keys] of tr.changed) {
      const where = pathOf(doc, type);
      if (!where) continue;
      const map = type as unknown as Y.Map<unknown>;
      for (const field of keys) {
        if (field === null) continue;
        const path = { ...where, field };
        const key = keyOf(path);
        const current = map._map.get(field);
        if (tr.local) {
          if (!current || current.deleted) mine.delete(key);
          else {
            mine.delete(key);
            mine.set(key, { value: map.get(field), item: current.id });
            if (mine.size > REMEMBERED) mine.delete(mine.keys().next().value!);
          }
          continue;
        }
        const remembered = mine.get(key);
        if (!remembered || !current) continue;
        // Yours still stands, or they replaced it knowingly: no conflict.
        if (sameId(current.id, remembered.item)) continue;
        mine.delete(key);
        if (sameId(current.origin, remembered.item) || current.deleted) continue;
        const theirs = map.get(field);
        if (Object.is(theirs, remembered.value)) continue;
        onOverwrite({
          ...path,
          mine: remembered.value,
          theirs,
          byClient: current.id.client,
          at: now(),
        });
      }
    }
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}

/** Sets your value again, as a new edit everyone receives (if the entry still exists). */
export function reapply(doc: MapDoc, overwrite: FieldPath & { mine: unknown }): boolean {
  const target =
    overwrite.collection === 'meta'
      ? doc.getMap('meta')
      : (doc.getMap(overwrite.collection).get(overwrite.id ?? '') as Y.Map<unknown> | undefined);
  if (!(target instanceof Y.Map)) return false;
  transact(doc, () => target.set(overwrite.field, overwrite.mine));
  return true;
}
