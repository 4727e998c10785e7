import { useEffect, useState, useSyncExternalStore } from 'react';
import { createUndoHistory, type MapDoc, type UndoHistory } from '../doc/index.ts';

/** Undo and redo of this user's own edits to `doc`, with whether each is possible. */
export function useUndo(doc: MapDoc) {
  const [history, setHistory] = useState<UndoHistory | null>(null);
  useEffect(() => {
    const created = createUndoHistory(doc);
    setHistory(created);
    return () => created.destroy();
  }, [doc]);
  const subscribe = (fn: () => void) => history?.subscribe(fn) ?? (() => {});
  const canUndo = useSyncExternalStore(subscribe, () => history?.canUndo() ?? false);
  const canRedo = useSyncExternalStore(subscribe, () => history?.canRedo() ?? false);
  return {
    canUndo,
    canRedo,
    undo: () => history?.undo(),
    redo: () => history?.redo(),
  };
}
