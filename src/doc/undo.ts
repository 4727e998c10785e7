import * as Y from 'yjs';
import { COLLECTIONS, collection, LOCAL_ORIGIN, metaOf, type MapDoc } from './ydoc.ts';

export interface UndoHistory {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Calls `fn` when the stacks change; returns the unsubscribe function. */
  subscribe(fn: () => void): () => void;
  destroy(): void;
}

/**
 * Undo and redo of this client's own edits only: the manager tracks LOCAL_ORIGIN,
 * so a colleague's concurrent work is never undone. Edits within half a second
 * merge into one step (typing a title is one step, not one per key).
 */
export function createUndoHistory(doc: MapDoc): UndoHistory {
  const manager = new Y.UndoManager(
    // Phases (phases.ts) live in a top-level map of their own.
    [metaOf(doc), doc.getMap('phases'), ...COLLECTIONS.map((name) => collection(doc, name))],
    { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 500 },
  );
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((fn) => fn());
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) {
    manager.on(event, notify);
  }
  return {
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    destroy() {
      listeners.clear();
      manager.destroy();
    },
  };
}
