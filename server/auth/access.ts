import type { LinkRecord, Store } from '../store/store.ts';
import { atLeast, type Role } from './roles.ts';
import { hashToken, sameSecret } from './secrets.ts';

/* Turns a presented secret (workspace key or link token) into a role on a map. */

/** What a caller may do on one map, and through which link (null for members). */
export interface Grant {
  role: Role;
  linkId: string | null;
}

/** Why a caller was refused: 401 no valid credential, 403 valid but not enough. */
export interface Denial {
  status: 401 | 403;
  message: string;
}

export type AccessResult = { ok: true; grant: Grant } | { ok: false; denial: Denial };

export interface Access {
  /**
   * Checks `token` for at least `min` on `mapId`; `mapId` null means a workspace-wide
   * action, which only the workspace key allows.
   */
  check(token: string | null, mapId: string | null, min: Role): AccessResult;
}

const deny = (status: 401 | 403, message: string): AccessResult => ({
  ok: false,
  denial: { status, message },
});

/** Checks credentials against the workspace key and the store's share links. */
export function createAccess(workspaceKey: string, store: Store): Access {
  const findLink = (token: string): LinkRecord | null => store.findLink(hashToken(token));

  return {
    check(token, mapId, min) {
      if (!token) return deny(401, 'Missing credentials: send the workspace key or a link token');
      if (sameSecret(token, workspaceKey))
        return { ok: true, grant: { role: 'owner', linkId: null } };
      const link = findLink(token);
      if (!link) return deny(401, 'Invalid or revoked token');
      if (mapId === null || min === 'owner') return deny(403, 'This needs the workspace key');
      if (link.mapId !== mapId) return deny(403, 'This token is for another map');
      if (!atLeast(link.role, min)) return deny(403, `This needs ${min} access`);
      return { ok: true, grant: { role: link.role, linkId: link.id } };
    },
  };
}
