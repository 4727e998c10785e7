/*
 * Access: the workspace key and share links. Turns a presented secret into a role on a map,
 * makes viewers (and commenters, outside the comments) read-only, and manages the links.
 */
import { hashToken, sameSecret } from '../../auth/secrets.ts';
import type { Role } from '../../auth/roles.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import type { RoomKind } from '../../ids.ts';
import { createLinks } from './links.ts';
import { linkRoutes } from './linkRoutes.ts';

/** Whether `role` may change a map's document of this kind. */
export function roleCanWrite(role: Role, kind: RoomKind): boolean {
  if (role === 'viewer') return false;
  if (role === 'commenter') return kind === 'comments';
  return true;
}

/** The access extension over the workspace key. */
export function access(context: ServerContext, workspaceKey: string): Extension {
  const { store, rooms } = context;
  const links = createLinks(store, rooms);
  return {
    name: 'access',

    async authenticate({ token, mapId }) {
      if (!token) return undefined;
      if (sameSecret(token, workspaceKey)) return { grant: { role: 'owner', linkId: null } };
      const link = await store.links.find(hashToken(token));
      if (!link) return { denial: { status: 401, message: 'Invalid or revoked token' } };
      if (mapId === null)
        return { denial: { status: 403, message: 'This needs the workspace key' } };
      if (link.mapId !== mapId)
        return { denial: { status: 403, message: 'This token is for another map' } };
      return { grant: { role: link.role, linkId: link.id } };
    },

    canWrite: (room, grant) => roleCanWrite(grant.role, room.kind),

    routes: (api) => linkRoutes(api, context, links),
  };
}
