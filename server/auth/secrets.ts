import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/* Random secrets (workspace key, link tokens) and how they are compared and stored. */

/** A fresh url-safe secret: 256 random bits as 43 base64url characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * The SHA-256 of a token, hex. Link tokens are stored and looked up only by this: they
 * carry 256 random bits, so a plain hash (no salt, no slow KDF) cannot be reversed.
 */
export function hashToken(token: string): string {
  return sha256(token).toString('hex');
}

/** Compares two secrets in constant time; hashing first hides their lengths too. */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(sha256(a), sha256(b));
}
