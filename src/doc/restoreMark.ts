import * as Y from 'yjs';
import type { MapDoc } from './ydoc.ts';

/*
 * The last restore of a map, written by the server in the same transaction as the restore
 * itself: every client connected at that moment sees it change and tells its person who
 * restored what. Kept in its own top-level map, outside the map's content, so that reading,
 * comparing and exporting the map never see it.
 */

export interface RestoreMark {
  /** The restored version's label, e.g. "Q3 steering review". */
  version: string;
  /** Who restored it (a participant's name). */
  by: string;
  /** When, in ms since the epoch. */
  at: number;
}

/** The top-level map that holds it: written by the server only (clients' writes are refused). */
export const SERVER_EVENTS = 'events';
const EVENTS = SERVER_EVENTS;
const RESTORE = 'restore';

/** Records a restore (call it inside the restore's transaction). */
export function markRestore(doc: MapDoc, mark: RestoreMark): void {
  doc.getMap(EVENTS).set(RESTORE, { ...mark });
}

/** The last restore, or null if the map was never restored (or the mark is malformed). */
export function readRestoreMark(doc: MapDoc): RestoreMark | null {
  const value = doc.getMap(EVENTS).get(RESTORE) as Partial<RestoreMark> | undefined;
  if (!value || typeof value !== 'object') return null;
  const { version, by, at } = value;
  if (typeof version !== 'string' || typeof by !== 'string' || typeof at !== 'number') return null;
  return { version, by, at };
}

/** Calls `listener` with each new restore mark; returns the unsubscribe. */
export function onRestore(doc: MapDoc, listener: (mark: RestoreMark) => void): () => void {
  const events = doc.getMap(EVENTS);
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (!event.keysChanged.has(RESTORE)) return;
    const mark = readRestoreMark(doc);
    if (mark) listener(mark);
  };
  events.observe(observer);
  return () => events.unobserve(observer);
}
