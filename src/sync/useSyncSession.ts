import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MapDoc } from '../doc/index.ts';
import { createSyncSession, type OfflineCopy, type Presence, type SyncSession } from './session.ts';

export interface Connection {
  /** The workspace key or the map's link token. */
  token: string | null;
  /** The participant token the server issued us on this map, once joined. */
  participant: string | null;
  offlineCopy?: OfflineCopy;
}

/**
 * Opens a sync session for `doc` in `room` for as long as the component is mounted (and
 * opens it again when the credentials or the presence name change).
 */
export function useSyncSession(
  doc: MapDoc,
  room: string,
  presence: Presence | null,
  { token, participant, offlineCopy = 'all' }: Connection,
): SyncSession | null {
  const [session, setSession] = useState<SyncSession | null>(null);
  const name = presence?.name;
  const color = presence?.color;
  useEffect(() => {
    const who = name && color ? { name, color } : null;
    const created = createSyncSession(doc, room, who, {
      ...(token ? { token } : {}),
      ...(participant ? { participant } : {}),
      offlineCopy,
    });
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [doc, room, name, color, token, participant, offlineCopy]);
  return session;
}

const idle = { status: 'connecting', synced: false, loaded: false, peerCount: 0 } as const;

/** Status, sync state and peer count of a session, re-rendering when they change. */
export function useSessionState(session: SyncSession | null) {
  const status = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.status ?? idle.status,
  );
  const synced = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.synced ?? idle.synced,
  );
  const loaded = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.loaded ?? idle.loaded,
  );
  const peerCount = useSyncExternalStore(
    (fn) => session?.subscribe(fn) ?? (() => {}),
    () => session?.peerCount ?? idle.peerCount,
  );
  return { status, synced, loaded, peerCount };
}
