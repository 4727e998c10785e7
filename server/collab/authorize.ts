import type { IncomingMessage } from 'node:http';
import type { RoomName } from '../ids.ts';

/* The access check that runs before a WebSocket upgrade is accepted. */

export type AuthResult = { ok: true } | { ok: false; status: 401 | 403; message: string };

/** Decides whether `request` (credentials in `?token=`) may open `room`. */
export type Authorize = (request: IncomingMessage, room: RoomName) => AuthResult;

/** Until access control lands, every map is open to everyone who knows its id. */
export const allowEveryone: Authorize = () => ({ ok: true });
