import * as Y from 'yjs';
import type { Overwrite } from './overwrites.ts';
import { LOCAL_ORIGIN, type CollectionName, type MapDoc } from './ydoc.ts';

/*
 * A short activity trail per field of a card, stage or lane: who set it to what, and when one
 * of those values was replaced by an edit made without seeing it. It lives in the document
 * (top-level map `trail`) so that collaborators see it and versions keep it.
 *
 * Each entry has its own key, made by its writer (client id and a counter), so concurrent
 * entries never replace one another, as a per-field array created by two offline writers
 * would. Whoever writes an entry also drops the field's oldest beyond KEPT.
 */

/** Transaction origin of trail writes: not undoable, not counted as waiting edits. */
export const TRAIL_ORIGIN = 'trailmap:trail';

const ROOT = 'trail';

/** The fields that keep a trail, by collection (plain values; descriptions merge as text). */
export const TRAIL_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  cards: ['title', 'kind', 'channel', 'ownerId', 'evidence', 'momentOfTruth'],
  stages: ['name', 'goal', 'ownerId'],
  lanes: ['name'],
};

/** Entries kept per field at most (the newest). */
export const KEPT = 5;

export interface TrailEntry {
  collection: CollectionName;
  id: string;
  field: string;
  value: unknown;
  /** The writer's name when they wrote it. */
  by: string;
  /** The writer's document client id (as in presence and in overwrites). */
  client: number;
  at: number;
  /** Set by the writer once a concurrent edit they never saw replaced this value. */
  overwrittenBy?: { client: number; name: string | null; at: number };
}

type Stored = TrailEntry & { key: string };

const trailOf = (doc: MapDoc) => doc.getMap<TrailEntry>(ROOT);

let counter = 0;
const newKey = (doc: MapDoc, at: number) => `${doc.clientID}.${at.toString(36)}.${counter++}`;

function entriesOf(doc: MapDoc, collection: string, id: string, field?: string): Stored[] {
  const out: Stored[] = [];
  trailOf(doc).forEach((entry, key) => {
    if (entry.collection === collection && entry.id === id && (!field || entry.field === field))
      out.push({ ...entry, key });
  });
  return out.sort((a, b) => b.at - a.at || (a.key < b.key ? 1 : -1));
}

/** Adds entries (in one transaction), then drops each field's oldest beyond KEPT. */
export function addTrailEntries(doc: MapDoc, entries: readonly TrailEntry[]): void {
  if (entries.length === 0) return;
  const trail = trailOf(doc);
  doc.transact(() => {
    for (const entry of entries) trail.set(newKey(doc, entry.at), entry);
    for (const entry of entries)
      for (const old of entriesOf(doc, entry.collection, entry.id, entry.field).slice(KEPT))
        trail.delete(old.key);
  }, TRAIL_ORIGIN);
}

/** The trail of one card, stage or lane, newest first. */
export function readTrail(doc: MapDoc, collection: CollectionName, id: string): TrailEntry[] {
  return entriesOf(doc, collection, id).map(({ key: _key, ...entry }) => entry);
}

/** Calls `fn` whenever the trail changes; returns the unsubscribe. */
export function onTrailChange(doc: MapDoc, fn: () => void): () => void {
  const trail = trailOf(doc);
  trail.observe(fn);
  return () => trail.unobserve(fn);
}

/** Notes that `overwrite` replaced a value of ours: on our entry for it, or as a new entry. */
export function markOverwritten(
  doc: MapDoc,
  overwrite: Overwrite,
  me: string,
  theirName: string | null,
): void {
  if (overwrite.collection === 'meta' || overwrite.id === null) return;
  const mark = { client: overwrite.byClient, name: theirName, at: overwrite.at };
  const ours = entriesOf(doc, overwrite.collection, overwrite.id, overwrite.field).find(
    (e) => e.client === doc.clientID && Object.is(e.value, overwrite.mine) && !e.overwrittenBy,
  );
  if (!ours) {
    addTrailEntries(doc, [
      {
        collection: overwrite.collection,
        id: overwrite.id,
        field: overwrite.field,
        value: overwrite.mine,
        by: me,
        client: doc.clientID,
        at: overwrite.at,
        overwrittenBy: mark,
      },
    ]);
    return;
  }
  const { key, ...entry } = ours;
  doc.transact(() => trailOf(doc).set(key, { ...entry, overwrittenBy: mark }), TRAIL_ORIGIN);
}

/**
 * Records this client's own edits of trailed fields (made with LOCAL_ORIGIN, so undo and
 * redo are not recorded). The entries are written just after the edit, in a transaction of
 * their own. Returns the unsubscribe.
 */
export function watchTrail(
  doc: MapDoc,
  me: () => string,
  now: () => number = Date.now,
): () => void {
  let queued: TrailEntry[] = [];
  const flush = () => {
    const entries = queued;
    queued = [];
    addTrailEntries(doc, entries);
  };
  const onTransaction = (tr: Y.Transaction) => {
    if (tr.origin !== LOCAL_ORIGIN) return;
    const found: TrailEntry[] = [];
    for (const [type, keys] of tr.changed) {
      const parent = type._item?.parent;
      const id = type._item?.parentSub;
      if (!(type instanceof Y.Map) || !(parent instanceof Y.Map) || typeof id !== 'string')
        continue;
      const collection = (Object.keys(TRAIL_FIELDS) as CollectionName[]).find(
        (name) => doc.getMap(name) === parent,
      );
      if (!collection) continue;
      for (const field of keys) {
        if (field === null || !TRAIL_FIELDS[collection]!.includes(field) || !type.has(field))
          continue;
        const value: unknown = type.get(field);
        found.push({ collection, id, field, value, by: me(), client: doc.clientID, at: now() });
      }
    }
    if (found.length === 0) return;
    // Written after this transaction has finished, as a transaction of its own.
    if (queued.length === 0) queueMicrotask(flush);
    queued.push(...found);
  };
  doc.on('afterTransaction', onTransaction);
  return () => doc.off('afterTransaction', onTransaction);
}
