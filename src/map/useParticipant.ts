import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  createParticipantHandle,
  type Joined,
  type ParticipantHandle,
  type Profile,
} from '../api/participants.ts';

export interface ParticipantState {
  handle: ParticipantHandle;
  /** Who the server says we are here, null until joined (e.g. opened offline for the first time). */
  joined: Joined | null;
  /** The editor may open: joined, or the server could not be asked (comments then wait). */
  ready: boolean;
}

/**
 * Joins the map as a participant before the editor opens (or checks and renames the one this
 * browser stored). Offline it opens at once with what was stored, and tries again when the
 * browser is back online; a name changed meanwhile goes to the server then.
 */
export function useParticipant(
  mapId: string,
  profile: Profile,
  offline: boolean,
): ParticipantState {
  // The profile the handle starts with; later names reach it through rename().
  const [initial] = useState(profile);
  const handle = useMemo(() => createParticipantHandle(mapId, initial), [mapId, initial]);
  const joined = useSyncExternalStore(handle.subscribe, handle.current);
  const [asked, setAsked] = useState<ParticipantHandle | null>(null);

  useEffect(() => {
    let live = true;
    const done = () => live && setAsked(handle);
    if (offline || !navigator.onLine) done();
    else handle.ensure().then(done, done);
    const retry = () => void handle.ensure().catch(() => undefined);
    window.addEventListener('online', retry);
    return () => {
      live = false;
      window.removeEventListener('online', retry);
    };
  }, [handle, offline]);

  return { handle, joined, ready: asked === handle };
}
