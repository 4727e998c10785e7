/*
 * WebSocket close codes we send. The y-websocket client stops reconnecting on
 * 4400–4499 (like HTTP 4xx: retrying cannot help) and retries on anything else.
 */

/** The client sent a message we cannot accept. */
export const CLOSE_MALFORMED = 4400;
/** The share link this connection used was revoked. */
export const CLOSE_REVOKED = 4403;
/** The client sent faster than allowed (e.g. a presence flood), like HTTP 429. */
export const CLOSE_TOO_FAST = 4429;
/** The map was deleted. */
export const CLOSE_GONE = 4404;
/** The server is shutting down; reconnecting later is right. */
export const CLOSE_GOING_AWAY = 1001;
/** The connection did not read what it was sent; it may come back later (try again). */
export const CLOSE_TRY_LATER = 1013;
/** The server failed (e.g. storage); reconnecting reloads the room. */
export const CLOSE_INTERNAL = 1011;

/** Close reasons are limited to 123 bytes by RFC 6455. */
export function closeReason(text: string): string {
  const bytes = Buffer.from(text);
  return bytes.length <= 123 ? text : bytes.subarray(0, 120).toString('utf8') + '...';
}
