import * as Y from 'yjs';

/*
 * Whether a client's update writes into a top-level map of the document that only the server
 * writes (the restore mark). An item names its top-level parent only when it has no neighbour;
 * otherwise it sits next to an item it names (its origin), so the check follows those links:
 * from the items already in that map, then through the update itself. Map entries are one
 * item long, so their ids are matched exactly.
 */

const idKey = (id: Y.ID) => `${id.client}:${id.clock}`;

/** The ids of every item the document ever had in top-level map `name` (overwritten ones too). */
function itemsOf(doc: Y.Doc, name: string): Set<string> {
  const ids = new Set<string>();
  if (!doc.share.has(name)) return ids;
  const map = doc.getMap(name);
  for (const last of map._map.values())
    for (let item: Y.Item | null = last; item; item = item.left) ids.add(idKey(item.id));
  return ids;
}

/** True if `update` adds anything to top-level map `name` of `doc`. */
export function writesTopLevel(doc: Y.Doc, update: Uint8Array, name: string): boolean {
  const items = Y.decodeUpdate(update).structs.filter((s): s is Y.Item => s instanceof Y.Item);
  // Decoded, not integrated: a top-level parent is its name (the typings do not say so).
  if (items.some((item) => (item.parent as unknown) === name)) return true;
  const inside = itemsOf(doc, name);
  if (inside.size === 0) return false;
  const linked = (id: Y.ID | null) => id !== null && inside.has(idKey(id));
  // Until nothing more is found: an item may sit next to one that comes later in the update.
  for (let grew = true; grew;) {
    grew = false;
    for (const item of items) {
      if (item.parent !== null || inside.has(idKey(item.id))) continue;
      if (!linked(item.origin) && !linked(item.rightOrigin)) continue;
      inside.add(idKey(item.id));
      grew = true;
    }
  }
  return items.some((item) => item.parent === null && inside.has(idKey(item.id)));
}
