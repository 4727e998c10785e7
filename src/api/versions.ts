import { ApiError, request } from './client.ts';
import { mapCredential } from './credentials.ts';
import { PARTICIPANT_HEADER, storedParticipant } from './participants.ts';
import type { MapState } from '../doc/index.ts';

/** One saved state of a map, as the server lists it. */
export interface VersionInfo {
  id: string;
  name: string | null;
  note: string;
  auto: boolean;
  createdAt: string;
  authors: string[];
  summary: string;
}

/** A call under /api/maps/:id with this map's credential. */
const call = <T>(mapId: string, path: string, init?: RequestInit) =>
  request<T>(`/api/maps/${encodeURIComponent(mapId)}${path}`, init, mapCredential(mapId));

/**
 * A change made as this browser's participant, so that History names the person; with a
 * token the server no longer accepts, made again with the credential alone.
 */
async function callAsParticipant<T>(mapId: string, path: string, init: RequestInit): Promise<T> {
  const token = storedParticipant(mapId)?.token;
  if (!token) return call<T>(mapId, path, init);
  try {
    return await call<T>(mapId, path, { ...init, headers: { [PARTICIPANT_HEADER]: token } });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) throw e;
    return call<T>(mapId, path, init);
  }
}

export const versionsApi = {
  list: (mapId: string) =>
    call<{ versions: VersionInfo[] }>(mapId, '/versions').then((r) => r.versions),
  save: (mapId: string, name: string, note: string) =>
    callAsParticipant<VersionInfo>(mapId, '/versions', {
      method: 'POST',
      body: JSON.stringify({ name, note }),
    }),
  state: (mapId: string, versionId: string) =>
    call<MapState>(mapId, `/versions/${encodeURIComponent(versionId)}/export`),
  restore: (mapId: string, versionId: string) =>
    callAsParticipant<{ restoredFrom: string; backupVersionId: string }>(
      mapId,
      `/versions/${encodeURIComponent(versionId)}/restore`,
      { method: 'POST' },
    ),
};
