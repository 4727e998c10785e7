import { Hono } from 'hono';
import { z } from 'zod';
import type { Access } from '../auth/access.ts';
import { LINK_ROLES } from '../auth/roles.ts';
import type { Links } from '../links.ts';
import type { LinkRecord, Store } from '../store/store.ts';
import { onMap, type AuthEnv } from './auth.ts';
import { jsonError, readJson } from './errors.ts';

/* /api/maps/:id/links: share links by role, managed by workspace members only. */

const createBody = z.object({ role: z.enum(LINK_ROLES) });

// Never the token: it was shown once, at creation, and only its hash is kept.
const listed = (link: LinkRecord) => ({
  id: link.id,
  role: link.role,
  createdAt: new Date(link.createdAt).toISOString(),
});

/** The share-link API, mounted under /api. */
export function linkRoutes(store: Store, links: Links, access: Access): Hono<AuthEnv> {
  const api = new Hono<AuthEnv>();
  const owner = onMap(access, 'owner');

  api.get('/maps/:id/links', owner, (c) => {
    const id = c.req.param('id');
    if (!store.getMap(id)) return jsonError(c, 404, 'No such map');
    return c.json({ links: links.list(id).map(listed) });
  });

  api.post('/maps/:id/links', owner, async (c) => {
    const id = c.req.param('id');
    const parsed = createBody.safeParse(await readJson(c));
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        `Expected { "role": ${LINK_ROLES.map((r) => `"${r}"`).join(' | ')} }`,
      );
    }
    if (!store.getMap(id)) return jsonError(c, 404, 'No such map');
    const { link, token } = links.create(id, parsed.data.role);
    const url = `/maps/${id}?token=${token}`;
    return c.json({ ...listed(link), token, url }, 201);
  });

  api.delete('/maps/:id/links/:linkId', owner, (c) => {
    const revoked = links.revoke(c.req.param('id'), c.req.param('linkId'));
    return revoked ? c.body(null, 204) : jsonError(c, 404, 'No such link');
  });

  return api;
}
