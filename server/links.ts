import { nanoid } from 'nanoid';
import type { LinkRole } from './auth/roles.ts';
import { hashToken, newSecret } from './auth/secrets.ts';
import type { RoomManager } from './collab/roomManager.ts';
import type { LinkRecord, Store } from './store/store.ts';

/* Share links: created with a fresh token, listed without it, revoked with their connections. */

export interface Links {
  /** Creates a link to an existing map; the token is returned this once and never stored. */
  create(mapId: string, role: LinkRole): { link: LinkRecord; token: string };
  /** The map's links, oldest first. */
  list(mapId: string): LinkRecord[];
  /** Deletes the link and closes the connections that used it; false if there is none. */
  revoke(mapId: string, linkId: string): boolean;
}

/** Binds the share-link operations to a store and the live rooms. */
export function createLinks(store: Store, rooms: RoomManager): Links {
  return {
    create(mapId, role) {
      const token = newSecret();
      const link = {
        id: nanoid(),
        mapId,
        role,
        tokenHash: hashToken(token),
        createdAt: Date.now(),
      };
      store.createLink(link);
      return { link, token };
    },

    list: (mapId) => store.listLinks(mapId),

    revoke(mapId, linkId) {
      if (!store.deleteLink(mapId, linkId)) return false;
      rooms.closeLink(mapId, linkId);
      return true;
    },
  };
}
