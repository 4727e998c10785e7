import { nanoid } from 'nanoid';
import type { LinkRole } from '../../auth/roles.ts';
import { hashToken, newSecret } from '../../auth/secrets.ts';
import type { RoomManager } from '../../collab/roomManager.ts';
import type { LinkRecord, Store } from '../../store/store.ts';

/* Share links: created with a fresh token, listed without it, revoked with their connections. */

export interface Links {
  /** Creates a link to an existing map; the token is returned this once and never stored. */
  create(
    mapId: string,
    role: LinkRole,
    history: boolean,
  ): Promise<{ link: LinkRecord; token: string }>;
  /** The map's links, oldest first. */
  list(mapId: string): Promise<LinkRecord[]>;
  /** Deletes the link and closes the connections that used it (on every process); false if none. */
  revoke(mapId: string, linkId: string): Promise<boolean>;
}

/** Binds the share-link operations to a store and the live rooms. */
export function createLinks(store: Store, rooms: RoomManager): Links {
  return {
    async create(mapId, role, history) {
      const token = newSecret();
      const link = {
        id: nanoid(),
        mapId,
        role,
        history,
        tokenHash: hashToken(token),
        createdAt: Date.now(),
      };
      await store.links.create(link);
      return { link, token };
    },

    list: (mapId) => store.links.list(mapId),

    async revoke(mapId, linkId) {
      if (!(await store.links.delete(mapId, linkId))) return false;
      rooms.closeLink(mapId, linkId);
      return true;
    },
  };
}
