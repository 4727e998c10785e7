import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Peer, SyncSession } from '../sync/session.ts';

const PresenceContext = createContext<SyncSession | null>(null);

export function PresenceProvider({
  session,
  children,
}: {
  session: SyncSession | null;
  children: ReactNode;
}) {
  return <PresenceContext.Provider value={session}>{children}</PresenceContext.Provider>;
}

/** The sync session that carries presence (null while connecting). */
export function usePresence(): SyncSession | null {
  return useContext(PresenceContext);
}

/**
 * The colleagues who have `id` selected. Subscribes through a string key so a node
 * re-renders when that set changes, not on every cursor move of everyone.
 */
export function usePeersOn(id: string): Pick<Peer, 'name' | 'color'>[] {
  const session = useContext(PresenceContext);
  const key = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () =>
      (session?.peers() ?? [])
        .filter((p) => p.selection === id)
        .map((p) => `${p.color}\u0000${p.name}`)
        .join('\u0001'),
  );
  return key
    ? key
        .split('\u0001')
        .map((s) => ({ color: s.split('\u0000')[0]!, name: s.split('\u0000')[1]! }))
    : [];
}
