import * as Y from 'yjs';
import { collection, LOCAL_ORIGIN, type CollectionName, type MapDoc } from './ydoc.ts';

/**
 * A collaborative text field (a card's description): local edits are applied as
 * the smallest insert/delete, so two people typing in the same field keep every
 * keystroke; remote edits arrive through `observe` with the caret kept in place.
 */
export interface SharedText {
  value(): string;
  /** Replaces the text with `next`, touching only the part that changed. */
  edit(next: string): void;
  /** Calls `fn` after remote changes; returns the unsubscribe function. */
  observe(fn: (value: string) => void): () => void;
  /** Remembers a caret position so it survives remote edits. */
  anchor(index: number): unknown;
  /** Where a remembered caret is now (or null if it cannot be resolved). */
  resolve(anchor: unknown): number | null;
}

/** The shared text in `field` of an entry (created on first edit if missing). */
export function sharedText(
  doc: MapDoc,
  name: CollectionName,
  id: string,
  field: string,
): SharedText | null {
  const entry = collection(doc, name).get(id);
  if (!entry) return null;
  const text = (): Y.Text => {
    const current = entry.get(field);
    if (current instanceof Y.Text) return current;
    const created = new Y.Text(typeof current === 'string' ? current : '');
    doc.transact(() => entry.set(field, created), LOCAL_ORIGIN);
    return created;
  };
  return {
    value: () => text().toString(),
    edit(next) {
      const target = text();
      if (target.toString() !== next) doc.transact(() => editText(target, next), LOCAL_ORIGIN);
    },
    observe(fn) {
      const target = text();
      const handler = (event: Y.YTextEvent) => {
        if (event.transaction.origin !== LOCAL_ORIGIN) fn(target.toString());
      };
      target.observe(handler);
      return () => target.unobserve(handler);
    },
    anchor: (index) => Y.createRelativePositionFromTypeIndex(text(), index),
    resolve(anchor) {
      const abs = Y.createAbsolutePositionFromRelativePosition(anchor as Y.RelativePosition, doc);
      return abs ? abs.index : null;
    },
  };
}

/**
 * Turns a Y.Text into `next` with the smallest edit: keep the common start and end,
 * replace the middle. Two people typing in different places both keep their keystrokes.
 */
export function editText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++;
  }
  if (prev.length - start - end > 0) text.delete(start, prev.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}
