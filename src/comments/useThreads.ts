import { useMemo, useSyncExternalStore } from 'react';
import { observeThreads, readThreads, type MapDoc, type ThreadData } from '../doc/index.ts';

/** The comment threads of a comments document, re-rendering on every change. */
export function useThreads(doc: MapDoc): ThreadData[] {
  const store = useMemo(() => {
    let snapshot: ThreadData[] | null = null;
    return {
      subscribe: (fn: () => void) =>
        observeThreads(doc, () => {
          snapshot = null;
          fn();
        }),
      read: () => (snapshot ??= readThreads(doc)),
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.read);
}

/** Open threads per anchored card or stage id, for the badges on the canvas. */
export function openThreadCounts(threads: readonly ThreadData[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of threads) {
    if (t.resolved || t.anchor.kind === 'map') continue;
    counts.set(t.anchor.id, (counts.get(t.anchor.id) ?? 0) + 1);
  }
  return counts;
}
