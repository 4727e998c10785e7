import type { Grant } from '../collab/peer.ts';
import type { Pipeline } from '../pipeline.ts';
import { atLeast, type Role } from './roles.ts';

/* Turns presented credentials into a role on a map, through the extensions' authenticate. */

export type { Grant } from '../collab/peer.ts';

/** Why a caller was refused: 401 no valid credential, 403 valid but not enough. */
export interface Denial {
  status: 401 | 403;
  message: string;
}

export type AccessResult = { ok: true; grant: Grant } | { ok: false; denial: Denial };

export interface Auth {
  /**
   * Checks `token` for at least `min` on `mapId`; `mapId` null means a workspace-wide
   * action, which only the workspace key allows.
   */
  check(token: string | null, mapId: string | null, min: Role): Promise<AccessResult>;
}

const deny = (status: 401 | 403, message: string): AccessResult => ({
  ok: false,
  denial: { status, message },
});

/** Asks the pipeline who the token is, then compares the grant with what is needed. */
export function createAuth(pipeline: Pipeline): Auth {
  return {
    async check(token, mapId, min) {
      if (!token) return deny(401, 'Missing credentials: send the workspace key or a link token');
      const answer = await pipeline.authenticate({ token, mapId });
      if (!answer) return deny(401, 'Invalid or revoked token');
      if ('denial' in answer) return { ok: false, denial: answer.denial };
      const { grant } = answer;
      if ((mapId === null || min === 'owner') && grant.role !== 'owner')
        return deny(403, 'This needs the workspace key');
      if (!atLeast(grant.role, min)) return deny(403, `This needs ${min} access`);
      return { ok: true, grant };
    },
  };
}
