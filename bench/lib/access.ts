import { randomBytes } from 'node:crypto';

/*
 * Access control as Trailmap enforces it: the workspace key goes to the server as TRAILMAP_KEY
 * and to the HTTP API as a bearer token; clients sync with an editor share link's token in
 * the `token` query parameter (the y-websocket provider's `params`), as a workshop guest does.
 */

/** The workspace key for this run: TRAILMAP_KEY from the environment, or a fresh random one. */
export const WORKSPACE_KEY = process.env.TRAILMAP_KEY || randomBytes(24).toString('base64url');

/** Headers for the HTTP API. */
export function apiHeaders(): Record<string, string> {
  return { authorization: `Bearer ${WORKSPACE_KEY}` };
}

/** Appends `?token=` to a sync URL when there is a token. */
export function withToken(url: string, token: string | undefined): string {
  return token ? `${url}?token=${encodeURIComponent(token)}` : url;
}
