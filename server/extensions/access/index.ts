/*
 * Access: the workspace key and share links. Turns a presented secret into a role on a map,
 * lets only editors write the map's document over the socket, and manages the links.
 */
import { hashToken, sameSecret } from '../../auth/secrets.ts';
import { atLeast, type Role } from '../../auth/roles.ts';
import { CLOSE_GONE, CLOSE_REVOKED } from '../../collab/closeCodes.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { createLinks } from './links.ts';
import { linkRoutes } from './linkRoutes.ts';

/**
 * Whether `role` may change a map's document over the socket. Commenters write comments
 * through the comments API, not the socket.
 */
export function roleCanWrite(role: Role): boolean {
  return atLeast(role, 'editor');
}

/** The access extension over the workspace key. */
export function access(context: ServerContext, workspaceKey: string): Extension {
  const { store, rooms } = context;
  const links = createLinks(store, rooms);
  return {
    name: 'access',

    async authenticate({ token, mapId }) {
      if (!token) return undefined;
      if (sameSecret(token, workspaceKey))
        return { credential: { role: 'owner', linkId: null, history: true } };
      const link = await store.links.find(hashToken(token));
      if (!link) return { denial: { status: 401, message: 'Invalid or revoked token' } };
      if (mapId === null)
        return { denial: { status: 403, message: 'This needs the workspace key' } };
      if (link.mapId !== mapId)
        return { denial: { status: 403, message: 'This token is for another map' } };
      // Editors restore versions, so they read them; others only if the link says so.
      const history = link.history || atLeast(link.role, 'editor');
      return { credential: { role: link.role, linkId: link.id, history } };
    },

    canWrite: (_room, grant) => roleCanWrite(grant.role),

    routes: (api) => linkRoutes(api, context, links),

    // A revocation or deletion announced while the bus was away: catch up on it now.
    async resync(room) {
      if (!(await store.maps.get(room.name.mapId))) {
        for (const peer of [...room.peers()]) peer.close(CLOSE_GONE, 'Map deleted');
        return;
      }
      const live = new Set((await store.links.list(room.name.mapId)).map((link) => link.id));
      for (const peer of [...room.peers()]) {
        const { linkId, integration } = peer.grant;
        // Integration tokens stand where links would; the tokens extension revokes those.
        if (linkId && !integration && !live.has(linkId)) peer.close(CLOSE_REVOKED, 'Link revoked');
      }
    },
  };
}
