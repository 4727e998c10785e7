import type { Context, MiddlewareHandler } from 'hono';
import type { Access, AccessResult, Grant } from '../auth/access.ts';
import type { Role } from '../auth/roles.ts';
import { isMapId } from '../ids.ts';
import { jsonError } from './errors.ts';

/* Route guards: every /api/maps route names the least role it needs. */

/** Hono environment of guarded routes: the guard leaves the caller's grant in `grant`. */
export type AuthEnv = { Variables: { grant: Grant } };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(c: Context): string | null {
  return BEARER.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
}

function refuse(c: Context, result: Extract<AccessResult, { ok: false }>) {
  const { status, message } = result.denial;
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="trailmap"');
  return jsonError(c, status, message);
}

/** Guards the route's `:id` map: at least `min`, then a well-formed id (existence is the route's). */
export function onMap(access: Access, min: Role): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const id = c.req.param('id') ?? '';
    const result = access.check(bearerToken(c), id, min);
    if (!result.ok) return refuse(c, result);
    if (!isMapId(id)) return jsonError(c, 404, 'No such map');
    c.set('grant', result.grant);
    await next();
  };
}

/** Guards a workspace-wide route: only the workspace key. */
export function member(access: Access): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const result = access.check(bearerToken(c), null, 'owner');
    if (!result.ok) return refuse(c, result);
    c.set('grant', result.grant);
    await next();
  };
}
