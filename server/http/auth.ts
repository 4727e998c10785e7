import type { Context, MiddlewareHandler } from 'hono';
import type { AccessResult, Auth, Grant } from '../auth/check.ts';
import type { Role } from '../auth/roles.ts';
import type { TokenScope } from '../store/store.ts';
import { isMapId } from '../ids.ts';
import { jsonError } from './errors.ts';

/* Route guards: every /api/maps route names the least role it needs. */

/** Hono environment of guarded routes: the guard leaves the caller's grant in `grant`. */
export type AuthEnv = { Variables: { grant: Grant } };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The header that carries a participant token (see the participants extension). */
export const PARTICIPANT_HEADER = 'x-trailmap-participant';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(c: Context): string | null {
  return BEARER.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
}

function refuse(c: Context, result: Extract<AccessResult, { ok: false }>) {
  const { status, message } = result.denial;
  if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="trailmap"');
  return jsonError(c, status, message);
}

/** The guards routes put in front of their handlers. */
export interface Guards {
  /**
   * The route's `:id` map: at least `min`, then a well-formed id (existence is the route's).
   * Integration tokens are refused unless their scope is one of `scopes`.
   */
  onMap(min: Role, scopes?: readonly TokenScope[]): MiddlewareHandler<AuthEnv>;
  /** A workspace-wide route: only the workspace key. */
  member(): MiddlewareHandler<AuthEnv>;
}

/** Guards over `auth`. */
export function createGuards(auth: Auth): Guards {
  return {
    onMap:
      (min, scopes = []) =>
      async (c, next) => {
        const id = c.req.param('id') ?? '';
        const participant = c.req.header(PARTICIPANT_HEADER) ?? null;
        const result = await auth.check(bearerToken(c), id, min, participant);
        if (!result.ok) return refuse(c, result);
        const scope = result.grant.integration?.scope;
        if (scope && !scopes.includes(scope)) {
          const message = scopes.length
            ? `This needs an integration token with scope ${scopes.join(' or ')}`
            : 'Integration tokens cannot use this endpoint';
          return jsonError(c, 403, message);
        }
        if (!isMapId(id)) return jsonError(c, 404, 'No such map');
        c.set('grant', result.grant);
        await next();
      },
    member: () => async (c, next) => {
      const result = await auth.check(bearerToken(c), null, 'owner');
      if (!result.ok) return refuse(c, result);
      if (result.grant.integration)
        return jsonError(c, 403, 'Integration tokens cannot use this endpoint');
      c.set('grant', result.grant);
      await next();
    },
  };
}
