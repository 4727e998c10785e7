import * as Y from 'yjs';

/*
 * Which top-level entries of a document an update touched, and which it created, read from
 * the update itself: a room's edits reach us as updates, and keeping a copy of every watched
 * map to compare would cost memory on every room. Runs after the update was applied, so
 * every item it names is in the document (unless collected since, then it is skipped).
 */

/** Per top-level collection, the keys touched and whether each was created (set at the top). */
export type Touched = Map<string, Map<string, boolean>>;

/** The entries of `collections` that `update` (already applied to `doc`) touched. */
export function touchedEntries(
  doc: Y.Doc,
  update: Uint8Array,
  collections: ReadonlySet<string>,
  into: Touched = new Map(),
): Touched {
  const { structs } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    let item: Y.Item | null;
    try {
      item = Y.getItem(doc.store, struct.id) as Y.Item | null;
    } catch {
      continue;
    }
    if (!(item instanceof Y.Item)) continue;
    let type = item.parent as Y.AbstractType<unknown> | null;
    let depth = 0;
    // Up to the entry in the top-level map: an item's parent type belongs to the item above.
    while (type && type._item) {
      item = type._item;
      type = item.parent as Y.AbstractType<unknown> | null;
      depth++;
    }
    if (!type || item.parentSub === null) continue;
    const root = Y.findRootTypeKey(type);
    if (!collections.has(root)) continue;
    let keys = into.get(root);
    if (!keys) into.set(root, (keys = new Map()));
    const created = depth === 0 && !item.deleted;
    keys.set(item.parentSub, (keys.get(item.parentSub) ?? false) || created);
  }
  return into;
}
