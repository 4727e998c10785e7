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
   * action, which only the workspace key allows. A participant token, if presented, must be
   * valid for that map and that credential; the grant then names the participant.
   */
  check(
    token: string | null,
    mapId: string | null,
    min: Role,
    participantToken?: string | null,
  ): Promise<AccessResult>;
}

const deny = (status: 401 | 403, message: string): AccessResult => ({
  ok: false,
  denial: { status, message },
});

/** Asks the pipeline who the token is, then compares the grant with what is needed. */
export function createAuth(pipeline: Pipeline): Auth {
  return {
    async check(token, mapId, min, participantToken = null) {
      if (!token) return deny(401, 'Missing credentials: send the workspace key or a link token');
      const answer = await pipeline.authenticate({ token, mapId });
      if (!answer) return deny(401, 'Invalid or revoked token');
      if ('denial' in answer) return { ok: false, denial: answer.denial };
      const { credential } = answer;
      if ((mapId === null || min === 'owner') && credential.role !== 'owner')
        return deny(403, 'This needs the workspace key');
      if (!atLeast(credential.role, min)) return deny(403, `This needs ${min} access`);
      // An integration token is its own participant: the server issued it.
      if (credential.integration)
        return {
          ok: true,
          grant: { ...credential, participant: credential.integration.participant },
        };
      if (!participantToken || mapId === null)
        return { ok: true, grant: { ...credential, participant: null } };
      const participant = await pipeline.identify({ mapId, credential, token: participantToken });
      if (!participant) return deny(401, 'Invalid participant token: join the map again');
      return { ok: true, grant: { ...credential, participant } };
    },
  };
}
