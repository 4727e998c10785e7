import { createContext, useContext, type ReactNode } from 'react';

const OpenThreadsContext = createContext<ReadonlyMap<string, number>>(new Map());

/** Open comment threads per card or stage id (`openThreadCounts`), for the canvas badges. */
export function OpenThreadsProvider({
  counts,
  children,
}: {
  counts: ReadonlyMap<string, number>;
  children: ReactNode;
}) {
  return <OpenThreadsContext.Provider value={counts}>{children}</OpenThreadsContext.Provider>;
}

/** How many open comment threads are anchored to a card or stage. */
export function useOpenThreadCount(id: string): number {
  return useContext(OpenThreadsContext).get(id) ?? 0;
}
