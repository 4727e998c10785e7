import { useSyncExternalStore } from 'react';
import { usePresence } from './PresenceContext.tsx';
import { connectionReason } from '../ui/needsConnection.ts';

/** Why actions that need the server are unavailable right now (offline), or null. */
export function useConnectionReason(): string | null {
  const session = usePresence();
  const status = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.status ?? 'connecting',
  );
  return connectionReason(status);
}
