import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
 * Opens a sync session for `doc` in `room` for as long as the component is mounted (again if
 * the credential changes). A new presence name or participant token goes to the open session:
 * a new session would start a fresh presence that peers ignore until its clock catches up.
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
  // What the session starts with; later values reach it through the effects below.
  const latest = useRef({ name, color, participant });
  latest.current = { name, color, participant };
  useEffect(() => {
    const start = latest.current;
    const who = start.name && start.color ? { name: start.name, color: start.color } : null;
    const created = createSyncSession(doc, room, who, {
      ...(token ? { token } : {}),
      ...(start.participant ? { participant: start.participant } : {}),
      offlineCopy,
    });
    setSession(created);
    return () => {
      created.destroy();
      setSession(null);
    };
  }, [doc, room, token, offlineCopy]);
  useEffect(() => {
    if (session && name && color) session.setPresence({ name, color });
  }, [session, name, color]);
  useEffect(() => {
    session?.setParticipant(participant);
  }, [session, participant]);
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
