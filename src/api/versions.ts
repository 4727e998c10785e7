import { request } from './client.ts';
import { mapCredential } from './credentials.ts';
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

export const versionsApi = {
  list: (mapId: string) =>
    call<{ versions: VersionInfo[] }>(mapId, '/versions').then((r) => r.versions),
  save: (mapId: string, name: string, note: string) =>
    call<VersionInfo>(mapId, '/versions', { method: 'POST', body: JSON.stringify({ name, note }) }),
  state: (mapId: string, versionId: string) =>
    call<MapState>(mapId, `/versions/${encodeURIComponent(versionId)}/export`),
  restore: (mapId: string, versionId: string) =>
    call<{ restoredFrom: string; backupVersionId: string }>(
      mapId,
      `/versions/${encodeURIComponent(versionId)}/restore`,
      {
        method: 'POST',
      },
    ),
};
