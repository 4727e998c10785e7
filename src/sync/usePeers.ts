import { useSyncExternalStore } from 'react';
import type { Peer, SyncSession } from './session.ts';

const none: readonly Peer[] = [];

/** Everyone else on the map, re-rendering when anyone's presence changes. */
export function usePeers(session: SyncSession | null): readonly Peer[] {
  return useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.peers() ?? none,
  );
}
