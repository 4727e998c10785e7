/*
 * Integration tokens: pipelines and tools act on a map (or every map) with a named, scoped,
 * revocable token instead of the workspace key. A token is a participant of its own (its
 * name credits what it writes); it never writes over the socket.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import type { AuthEnv } from '../../http/auth.ts';
import { jsonError, readJson } from '../../http/errors.ts';
import { TOKEN_SCOPES } from '../../store/store.ts';
import { TOKEN_PREFIX, createToken, listedToken, tokenCredential } from './tokens.ts';

export const tokenBody = z.object({
  name: z.string().trim().min(1).max(80),
  scope: z.enum(TOKEN_SCOPES),
});

const EXPECTED = `Expected { "name": 1 to 80 characters, "scope": ${TOKEN_SCOPES.map((s) => `"${s}"`).join(' | ')} }`;

function routes(api: Hono<AuthEnv>, { store, rooms, guards }: ServerContext): void {
  // Editors manage a map's tokens (a token cannot make tokens: no scope is named).
  const editor = guards.onMap('editor');

  api.get('/maps/:id/tokens', editor, async (c) => {
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    return c.json({ tokens: (await store.tokens.list(id)).map(listedToken) });
  });

  api.post('/maps/:id/tokens', editor, async (c) => {
    const parsed = tokenBody.safeParse(await readJson(c));
    if (!parsed.success) return jsonError(c, 400, EXPECTED);
    const id = c.req.param('id');
    if (!(await store.maps.get(id))) return jsonError(c, 404, 'No such map');
    const { record, token } = await createToken(store, id, parsed.data.name, parsed.data.scope);
    return c.json({ ...listedToken(record), token }, 201);
  });

  api.delete('/maps/:id/tokens/:tokenId', editor, async (c) => {
    const id = c.req.param('id');
    const tokenId = c.req.param('tokenId');
    if (!(await store.tokens.revoke(id, tokenId))) return jsonError(c, 404, 'No such token');
    rooms.closeLink(id, tokenId);
    return c.body(null, 204);
  });

  // Workspace tokens work on every map: only the key makes and lists them.
  api.get('/tokens', guards.member(), async (c) =>
    c.json({ tokens: (await store.tokens.list(null)).map(listedToken) }),
  );

  api.post('/tokens', guards.member(), async (c) => {
    const parsed = tokenBody.safeParse(await readJson(c));
    if (!parsed.success) return jsonError(c, 400, EXPECTED);
    const { record, token } = await createToken(store, null, parsed.data.name, parsed.data.scope);
    return c.json({ ...listedToken(record), token }, 201);
  });

  api.delete('/tokens/:tokenId', guards.member(), async (c) => {
    const tokenId = c.req.param('tokenId');
    if (!(await store.tokens.revoke(null, tokenId))) return jsonError(c, 404, 'No such token');
    rooms.closeLink(null, tokenId);
    return c.body(null, 204);
  });
}

/** The tokens extension; it runs before access, which refuses any token it does not know. */
export function tokens(context: ServerContext): Extension {
  return {
    name: 'tokens',
    async authenticate({ token, mapId }) {
      if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
      return tokenCredential(context.store, token, mapId);
    },
    canWrite: (_room, grant) => (grant.integration ? false : undefined),
    routes: (api) => routes(api, context),
  };
}
