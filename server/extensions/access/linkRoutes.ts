import type { Hono } from 'hono';
import { z } from 'zod';
import { LINK_ROLES } from '../../auth/roles.ts';
import type { ServerContext } from '../../context.ts';
import type { AuthEnv } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import type { LinkRecord } from '../../store/store.ts';
import type { Links } from './links.ts';

/* /api/maps/:id/links: share links by role, managed by workspace members only. */

// History (past versions, with content deleted before the link was shared) is opt-in.
export const linkBody = z.object({ role: z.enum(LINK_ROLES), history: z.boolean().default(false) });

// Never the token: it was shown once, at creation, and only its hash is kept.
const listed = (link: LinkRecord) => ({
  id: link.id,
  role: link.role,
  history: link.history || link.role === 'editor',
  createdAt: new Date(link.createdAt).toISOString(),
});

/** Adds the share-link API to `api` (mounted under /api). */
export function linkRoutes(api: Hono<AuthEnv>, { store, guards }: ServerContext, links: Links) {
  const owner = guards.onMap('owner');

  api.get('/maps/:id/links', owner, async (c) => {
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    return c.json({ links: (await links.list(id)).map(listed) });
  });

  api.post('/maps/:id/links', owner, async (c) => {
    const id = c.req.param('id');
    const parsed = linkBody.safeParse(await readJson(c));
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        `Expected { "role": ${LINK_ROLES.map((r) => `"${r}"`).join(' | ')}, "history"?: boolean }`,
      );
    }
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    const { link, token } = await links.create(id, parsed.data.role, parsed.data.history);
    const url = `/maps/${id}?token=${token}`;
    return c.json({ ...listed(link), token, url }, 201);
  });

  api.delete('/maps/:id/links/:linkId', owner, async (c) => {
    const revoked = await links.revoke(c.req.param('id'), c.req.param('linkId'));
    return revoked ? c.body(null, 204) : jsonError(c, 404, 'No such link');
  });
}
