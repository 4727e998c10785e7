import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Role } from '../../auth/roles.ts';
import type { Guards, AuthEnv } from '../../http/auth.ts';
import { jsonBody, jsonError, readJson } from '../../http/errors.ts';
import type { VersionRecord } from '../../store/store.ts';
import type { Versions } from './versions.ts';

/*
 * /api/maps/:id/versions: the map's history. Editors and the workspace read it, and holders
 * of commenter or viewer links made with history access; saving and restoring need an editor
 * link or the workspace key.
 */

export const saveBody = z.object({
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

// A caller who joined the map is credited by name; a script with only a credential, by it.
const actorOf = ({ role, participant }: { role: Role; participant?: { name: string } | null }) =>
  participant?.name ?? (role === 'owner' ? 'Workspace member' : 'Editor link');

/** Adds the version history API to `api` (mounted under /api). */
export function versionRoutes(api: Hono<AuthEnv>, guards: Guards, versions: Versions): void {
  // Past versions may hold what was deleted before a link was shared: only if the link says so.
  const reader: MiddlewareHandler<AuthEnv> = async (c, next) => {
    if (!c.get('grant').history)
      return jsonError(c, 403, 'This link does not include the version history');
    await next();
  };

  api.get('/maps/:id/versions', guards.onMap('viewer'), reader, async (c) => {
    const list = await versions.list(c.req.param('id'));
    return list ? c.json({ versions: list.map(listed) }) : jsonError(c, 404, 'No such map');
  });

  api.post('/maps/:id/versions', guards.onMap('editor'), async (c) => {
    const parsed = saveBody.safeParse(await readJson(c));
    if (!parsed.success) {
      return jsonError(c, 400, 'Expected { "name": 1 to 120 characters, "note"?: string }');
    }
    const version = await versions.save(c.req.param('id'), parsed.data.name, parsed.data.note);
    return version ? c.json(listed(version), 201) : jsonError(c, 404, 'No such map');
  });

  api.get('/maps/:id/versions/:versionId/export', guards.onMap('viewer'), reader, async (c) => {
    const versionId = c.req.param('versionId');
    const json = VERSION_ID.test(versionId)
      ? await versions.exportJson(c.req.param('id'), versionId)
      : null;
    return json ? jsonBody(c, json) : jsonError(c, 404, 'No such version');
  });

  api.post('/maps/:id/versions/:versionId/restore', guards.onMap('editor'), async (c) => {
    const versionId = c.req.param('versionId');
    if (!VERSION_ID.test(versionId)) return jsonError(c, 404, 'No such version');
    const result = await versions.restore(c.req.param('id'), versionId, actorOf(c.get('grant')));
    if (!result.ok) return jsonError(c, 404, `No such ${result.missing}`);
    return c.json({ restoredFrom: result.restoredFrom, backupVersionId: result.backupVersionId });
  });
}
