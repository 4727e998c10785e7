import { Hono } from 'hono';
import { z } from 'zod';
import type { Access } from '../auth/access.ts';
import type { Role } from '../auth/roles.ts';
import type { VersionRecord } from '../store/store.ts';
import type { Versions } from '../versions/versions.ts';
import { onMap, type AuthEnv } from './auth.ts';
import { jsonError, readJson } from './errors.ts';

/*
 * /api/maps/:id/versions: the map's history. Any role on the map may read it (as it may
 * export the map); saving and restoring need an editor link or the workspace key.
 */

const saveBody = z.object({
  name: z.string().trim().min(1).max(120),
  note: z.string().max(2000).default(''),
});

const VERSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const listed = (v: VersionRecord) => ({
  id: v.id,
  name: v.name,
  note: v.note,
  auto: v.auto,
  createdAt: new Date(v.createdAt).toISOString(),
  authors: v.authors,
  summary: v.summary,
});

// HTTP callers carry no presence name: they are credited by the credential they used.
const actorOf = (role: Role) => (role === 'owner' ? 'Workspace member' : 'Editor link');

/** The version history API, mounted under /api. */
export function versionRoutes(versions: Versions, access: Access): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();

  api.get('/maps/:id/versions', onMap(access, 'viewer'), (c) => {
    const list = versions.list(c.req.param('id'));
    return list ? c.json({ versions: list.map(listed) }) : jsonError(c, 404, 'No such map');
  });

  api.post('/maps/:id/versions', onMap(access, 'editor'), async (c) => {
    const parsed = saveBody.safeParse(await readJson(c));
    if (!parsed.success) {
      return jsonError(c, 400, 'Expected { "name": 1 to 120 characters, "note"?: string }');
    }
    const version = versions.save(c.req.param('id'), parsed.data.name, parsed.data.note);
    return version ? c.json(listed(version), 201) : jsonError(c, 404, 'No such map');
  });

  api.get('/maps/:id/versions/:versionId/export', onMap(access, 'viewer'), (c) => {
    const versionId = c.req.param('versionId');
    const map = VERSION_ID.test(versionId) ? versions.state(c.req.param('id'), versionId) : null;
    return map ? c.json(map) : jsonError(c, 404, 'No such version');
  });

  api.post('/maps/:id/versions/:versionId/restore', onMap(access, 'editor'), (c) => {
    const versionId = c.req.param('versionId');
    if (!VERSION_ID.test(versionId)) return jsonError(c, 404, 'No such version');
    const result = versions.restore(c.req.param('id'), versionId, actorOf(c.get('grant').role));
    if (!result.ok) return jsonError(c, 404, `No such ${result.missing}`);
    return c.json({ restoredFrom: result.restoredFrom, backupVersionId: result.backupVersionId });
  });

  return api;
}
