import type { IncomingMessage } from 'node:http';
import type { Access, Denial } from '../auth/access.ts';
import { canWriteRoom } from '../auth/roles.ts';
import type { RoomName } from '../ids.ts';
import type { PeerAccess } from './connection.ts';

/* The access check that runs before a WebSocket upgrade is accepted. */

export type AuthResult = { ok: true; access: PeerAccess } | ({ ok: false } & Denial);

/** Decides whether `request` (credentials in `?token=`) may open `room`, and whether it may write. */
export type Authorize = (request: IncomingMessage, room: RoomName) => AuthResult;

/** Browsers cannot set headers on a WebSocket, so the key or link token comes as `?token=`. */
export function tokenOf(request: IncomingMessage): string | null {
  return new URL(request.url ?? '/', 'http://localhost').searchParams.get('token');
}

/** Any role on the map may connect and read; what it may write depends on the room. */
export function createAuthorize(access: Access): Authorize {
  return (request, room) => {
    const result = access.check(tokenOf(request), room.mapId, 'viewer');
    if (!result.ok) return { ok: false, ...result.denial };
    const { role, linkId } = result.grant;
    return { ok: true, access: { canWrite: canWriteRoom(role, room.kind), linkId, role } };
  };
}
