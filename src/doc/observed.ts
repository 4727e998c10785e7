import * as Y from 'yjs';
import { collection, metaOf, transact, type MapDoc } from './ydoc.ts';

/*
 * Observed journeys in the map document: which activities of imported event logs each card
 * stands for (`activities` on cards), which the team leaves off the map
 * (`meta.ignoredActivities`), and which observation set the overlay shows
 * (`meta.observedSet`). Kept in the document so collaborators share them, undo reverts them
 * and versions keep them.
 */

const listOf = (value: unknown): string[] =>
  (value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : []).filter(
    (x): x is string => typeof x === 'string',
  );

/** Where an activity goes: a card's id, "ignore", or null to leave it to the title match. */
export type ActivityTarget = string | 'ignore' | null;

/** Maps each activity to its target in one step (one undo step, one update). */
export function mapActivities(doc: MapDoc, targets: ReadonlyMap<string, ActivityTarget>): void {
  if (targets.size === 0) return;
  transact(doc, () => {
    const cards = collection(doc, 'cards');
    for (const entry of cards.values()) {
      const before = listOf(entry.get('activities'));
      const kept = before.filter((a) => !targets.has(a));
      if (kept.length !== before.length) entry.set('activities', kept);
    }
    const meta = metaOf(doc);
    const ignoredBefore = listOf(meta.get('ignoredActivities'));
    const ignored = ignoredBefore.filter((a) => !targets.has(a));
    for (const [activity, target] of targets) {
      if (target === 'ignore') ignored.push(activity);
      else if (target !== null) {
        const card = cards.get(target);
        if (card) card.set('activities', [...listOf(card.get('activities')), activity]);
      }
    }
    if (ignored.length !== ignoredBefore.length || ignored.some((a, i) => a !== ignoredBefore[i]))
      meta.set('ignoredActivities', ignored);
  });
}

/** Shows observation set `id` on the map (null: none). */
export function setObservedSet(doc: MapDoc, id: string | null): void {
  transact(doc, () => {
    const meta = metaOf(doc);
    if (id === null) meta.delete('observedSet');
    else meta.set('observedSet', id);
  });
}
