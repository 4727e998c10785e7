import { createHmac } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/*
 * Participant tokens: a JWT (HS256) naming the participant, the map and the link they joined
 * through. The signing key is derived from the workspace key, so every process serving the
 * workspace verifies the same tokens and nothing more needs sharing.
 */

/** What a participant token says. */
export interface ParticipantClaims {
  id: string;
  mapId: string;
  linkId: string | null;
  name: string;
  color: string;
}

const PURPOSE = 'trailmap participant tokens v1';

export class ParticipantTokens {
  private readonly secret: Uint8Array;

  constructor(workspaceKey: string) {
    this.secret = createHmac('sha256', workspaceKey).update(PURPOSE).digest();
  }

  sign(claims: ParticipantClaims): Promise<string> {
    return new SignJWT({
      map: claims.mapId,
      lnk: claims.linkId,
      name: claims.name,
      color: claims.color,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.id)
      .setIssuedAt()
      .sign(this.secret);
  }

  /** The claims of a genuine token, or null (forged, altered, or not a token at all). */
  async verify(token: string): Promise<ParticipantClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'] });
      const { sub, map, lnk, name, color } = payload;
      if (typeof sub !== 'string' || typeof map !== 'string') return null;
      if (typeof name !== 'string' || typeof color !== 'string') return null;
      if (lnk !== null && typeof lnk !== 'string') return null;
      return { id: sub, mapId: map, linkId: lnk, name, color };
    } catch {
      return null;
    }
  }
}
