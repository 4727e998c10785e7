import { ApiError, request } from './client.ts';
import { mapCredential } from './credentials.ts';

/*
 * The participant this browser is on one map: an identity the server issued and signed when
 * we joined (POST /api/maps/:id/participants), bound to that map and to the link or key we
 * came through. Comments and votes are credited to it, so map-scoped writes carry its token
 * (header `X-Trailmap-Participant`; `participant=` on the sockets). The token is kept per map
 * in localStorage so the map reopens offline as the same participant.
 */

/** Who the server says we are on a map. */
export interface Participant {
  id: string;
  name: string;
  color: string;
}

/** A participant and the signed token that proves it. */
export interface Joined {
  participant: Participant;
  token: string;
}

/** The name and colour to join (or rename) with. */
export interface Profile {
  name: string;
  color: string;
}

export const PARTICIPANT_HEADER = 'X-Trailmap-Participant';

const storageKey = (mapId: string) => `trailmap:participant:${mapId}`;

/** The participant this browser last joined the map as, or null. */
export function storedParticipant(mapId: string): Joined | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey(mapId)) ?? 'null') as Joined | null;
    const p = value?.participant;
    return typeof value?.token === 'string' &&
      typeof p?.id === 'string' &&
      typeof p.name === 'string' &&
      typeof p.color === 'string'
      ? { participant: { id: p.id, name: p.name, color: p.color }, token: value.token }
      : null;
  } catch {
    return null;
  }
}

function store(mapId: string, joined: Joined | null): void {
  try {
    if (joined) localStorage.setItem(storageKey(mapId), JSON.stringify(joined));
    else localStorage.removeItem(storageKey(mapId));
  } catch {
    // Storage full or blocked: this tab still works; a reload joins again.
  }
}

const mapPath = (mapId: string, path: string) => `/api/maps/${encodeURIComponent(mapId)}${path}`;

/** This browser's participant on one map, with requests made as it. */
export interface ParticipantHandle {
  readonly mapId: string;
  /** The participant we are (null until joined, e.g. when the map opened offline). */
  current(): Joined | null;
  /** Calls `fn` whenever `current()` changes; returns the unsubscribe. */
  subscribe(fn: () => void): () => void;
  /**
   * Makes sure we are a participant the server accepts, with this profile: renames the stored
   * one (which also checks it), or joins afresh when there is none or it was refused. Rejects
   * when the server cannot be reached (the stored participant, if any, stays).
   */
  ensure(): Promise<Joined>;
  /** A new display name (and colour), through the server; kept for the next join if offline. */
  rename(profile: Profile): Promise<Joined>;
  /**
   * A request under /api/maps/:id with the map's credential and our participant token; joins
   * first when we have none, and joins again (then retries once) when the token is refused.
   */
  request<T>(path: string, init?: RequestInit): Promise<T>;
}

/** The participant handle of `mapId`, starting from what this browser stored. */
export function createParticipantHandle(mapId: string, initial: Profile): ParticipantHandle {
  let profile = initial;
  let joined = storedParticipant(mapId);
  let ensuring: Promise<Joined> | null = null;
  const listeners = new Set<() => void>();

  const set = (next: Joined | null) => {
    joined = next;
    store(mapId, next);
    listeners.forEach((fn) => fn());
    return next;
  };
  const call = <T>(path: string, init: RequestInit, token: string | null) =>
    request<T>(
      mapPath(mapId, path),
      { ...init, headers: { ...init.headers, ...(token ? { [PARTICIPANT_HEADER]: token } : {}) } },
      mapCredential(mapId),
    );
  const join = async () =>
    set(
      await call<Joined>('/participants', { method: 'POST', body: JSON.stringify(profile) }, null),
    )!;
  // 401: the token was refused (forged, another link, link revoked); 404: the server lost us.
  const refused = (e: unknown) => e instanceof ApiError && (e.status === 401 || e.status === 404);

  const same = (a: Participant, b: Participant) =>
    a.id === b.id && a.name === b.name && a.color === b.color;
  const renew = async (): Promise<Joined> => {
    const token = joined?.token;
    if (!token) return join();
    try {
      const next = await call<Joined>(
        '/participants/me',
        { method: 'PUT', body: JSON.stringify(profile) },
        token,
      );
      // Unchanged: keep the token we hold (it was just accepted), so nothing reconnects.
      return joined && same(joined.participant, next.participant) ? joined : set(next)!;
    } catch (e) {
      if (!refused(e)) throw e;
      return join();
    }
  };
  const ensure = () => {
    // One at a time: the page opening and a pending comment may both ask.
    ensuring ??= renew().finally(() => {
      ensuring = null;
    });
    return ensuring;
  };

  return {
    mapId,
    current: () => joined,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    ensure,
    async rename(next) {
      profile = next;
      // A join or check already under way went out with the old name: send the new one after it.
      await ensuring?.catch(() => undefined);
      return ensure();
    },
    async request<T>(path: string, init: RequestInit = {}) {
      const first = joined ?? (await ensure());
      try {
        return await call<T>(path, init, first.token);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 401)) throw e;
        // Refused as a participant (or the link itself is gone: then joining fails too).
        const again = await join();
        return call<T>(path, init, again.token);
      }
    },
  };
}
