import type { ServerConfig } from '../createServer.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  type Client,
  type Resources,
  type Target,
} from './helpers.ts';
import { join } from './participants.ts';

/* Helpers for the version history tests. */

/** A server with an e-commerce map and a share link of every role. */
export async function versionSetup(res: Resources, config: Partial<ServerConfig> = {}) {
  const dataDir = config.dataDir ?? (await tempDir(res));
  const server = await startServer(res, { ...config, dataDir });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  const tokens = {
    editor: (await http.createLink(id, 'editor')).token,
    commenter: (await http.createLink(id, 'commenter')).token,
    viewer: (await http.createLink(id, 'viewer')).token,
  };
  return { dataDir, server, http, id, tokens };
}

/**
 * A synced client of a participant named `name` (joined through `token`), which announces the
 * same name in its presence, as the app does.
 */
export async function namedClient(
  res: Resources,
  target: Target,
  room: string,
  name: string,
  token?: string,
): Promise<Client> {
  const mapId = room.split('.')[0]!;
  const { token: participant } = await join(target, mapId, name, token);
  const client = await syncedClient(res, target, room, token, undefined, participant);
  client.provider.awareness.setLocalStateField('user', { name, color: '#2563eb' });
  return client;
}

/** The version API of one map for the holder of `token` (default: the workspace key). */
export function versionApi(target: Target, mapId: string, token?: string | null) {
  const http = api(target, token);
  const base = `/api/maps/${mapId}/versions`;
  return {
    list: () => http.get(base),
    /** The listed versions (fails the test on any status but 200). */
    async versions(): Promise<VersionJson[]> {
      const { status, body } = await http.get(base);
      if (status !== 200) throw new Error(`list failed: ${status} ${JSON.stringify(body)}`);
      return body.versions as VersionJson[];
    },
    save: (body: unknown) => http.post(base, body),
    exportOf: (versionId: string) => http.get(`${base}/${versionId}/export`),
    restore: (versionId: string) => http.post(`${base}/${versionId}/restore`),
    current: () => http.get(`/api/maps/${mapId}/export`),
  };
}

export interface VersionJson {
  id: string;
  name: string | null;
  note: string;
  auto: boolean;
  createdAt: string;
  authors: string[];
  summary: string;
}
