import * as Y from 'yjs';
import { toMeta } from './convert.ts';
import { editText } from './text.ts';
import type { MapState } from './schema.ts';
import {
  COLLECTIONS,
  collection,
  createEntry,
  metaOf,
  transact,
  type CollectionName,
  type Entry,
  type MapDoc,
} from './ydoc.ts';

/*
 * Restoring a past state moves the history forward: the document is edited, in one
 * transaction, until it reads as the target. Only what differs is touched, so a restore
 * that changes one card sends one card's worth of update, and edits made concurrently
 * elsewhere merge with it as with any other edit.
 */

/** Structural equality of plain JSON-like values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => Object.hasOwn(rb, k) && same((a as Record<string, unknown>)[k], rb[k]))
  );
}

/** Edits a Y.Array into `next`, keeping the common head and tail (a trimmed history stays). */
function editArray(array: Y.Array<unknown>, next: readonly unknown[]): void {
  const prev = array.toArray();
  let start = 0;
  while (start < prev.length && start < next.length && same(prev[start], next[start])) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    same(prev[prev.length - 1 - end], next[next.length - 1 - end])
  ) {
    end++;
  }
  if (prev.length - start - end > 0) array.delete(start, prev.length - start - end);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) array.insert(start, [...inserted]);
}

/** Edits a Y.Map of scores into `next`. */
function editScores(map: Y.Map<unknown>, next: Record<string, number>): void {
  for (const key of [...map.keys()]) if (!Object.hasOwn(next, key)) map.delete(key);
  for (const [key, value] of Object.entries(next)) if (map.get(key) !== value) map.set(key, value);
}

// The fields held in shared types, as writeMap creates them (`kpiIds`, `cardIds`, `history`
// are arrays); everything else is a plain value.
const isText = (name: CollectionName, field: string) => name === 'cards' && field === 'description';
const isScores = (name: CollectionName, field: string) => name === 'cards' && field === 'emotion';

/** A fresh value for a field, shared where writeMap would make it shared. */
function fresh(name: CollectionName, field: string, value: unknown): unknown {
  if (isText(name, field) && typeof value === 'string') return new Y.Text(value);
  if (isScores(name, field)) return new Y.Map(Object.entries(value as Record<string, number>));
  if (Array.isArray(value)) return Y.Array.from(value);
  return value;
}

/** Sets one field of an entry to `value`, editing a shared value in place where there is one. */
function restoreField(name: CollectionName, entry: Entry, field: string, value: unknown): void {
  const current = entry.get(field);
  // A list field an older client never wrote reads as empty: nothing to restore.
  if (current === undefined && Array.isArray(value) && value.length === 0) return;
  if (current instanceof Y.Text && typeof value === 'string') editText(current, value);
  else if (current instanceof Y.Array && Array.isArray(value)) editArray(current, value);
  else if (current instanceof Y.Map && isScores(name, field)) {
    editScores(current, value as Record<string, number>);
  } else if (current instanceof Y.AbstractType || !same(current, value)) {
    entry.set(field, fresh(name, field, value));
  }
}

function restoreCollection(doc: MapDoc, name: CollectionName, target: { id: string }[]): void {
  const entries = collection(doc, name);
  const wanted = new Map(target.map((item) => [item.id, item]));
  // Also drops entries readMap hides (a card left in a deleted stage): the target has none.
  for (const key of [...entries.keys()]) if (!wanted.has(key)) entries.delete(key);
  for (const [id, item] of wanted) {
    const entry = entries.get(id);
    if (!(entry instanceof Y.Map)) {
      const fields = Object.fromEntries(
        Object.entries(item)
          .filter(([field]) => field !== 'id')
          .map(([field, value]) => [field, fresh(name, field, value)]),
      );
      createEntry(entries, id, fields);
      continue;
    }
    for (const [field, value] of Object.entries(item)) restoreField(name, entry, field, value);
  }
}

/**
 * Makes the document read (as readMap) exactly as `target`, as one new local transaction
 * on top of its history: nobody is rewound, and every replica receives it as an update.
 */
export function restoreMap(doc: MapDoc, target: MapState): void {
  transact(doc, () => {
    const meta = metaOf(doc);
    // Compared as read: an absent field and its default (null, []) are the same.
    const current = toMeta(meta) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(target.meta)) {
      if (same(current[key], value)) continue;
      if (value === null) meta.delete(key);
      else meta.set(key, value);
    }
    for (const name of COLLECTIONS) restoreCollection(doc, name, target[name]);
  });
}
