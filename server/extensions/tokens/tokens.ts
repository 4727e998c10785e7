import { nanoid } from 'nanoid';
import { hashToken, newSecret } from '../../auth/secrets.ts';
import type { Role } from '../../auth/roles.ts';
import type { Credential } from '../../collab/peer.ts';
import type { TokenRecord, TokenScope, Store } from '../../store/store.ts';

/* Integration tokens: made with a fresh secret shown once, known afterwards by its hash only. */

/** Every integration token starts so: a leaked one is easy to recognise (and to scan for). */
export const TOKEN_PREFIX = 'tmi_';

/** Throttles last-used writes: one per token and minute is enough to answer "still in use?". */
const TOUCH_EVERY_MS = 60_000;

// The role decides what the routes that take a scope see; routes still name the scopes they take.
const ROLE_OF: Record<TokenScope, Role> = { read: 'viewer', kpis: 'editor', content: 'editor' };

/** Makes a token; returns its record and the secret (never stored). */
export async function createToken(
  store: Store,
  mapId: string | null,
  name: string,
  scope: TokenScope,
): Promise<{ record: TokenRecord; token: string }> {
  const token = `${TOKEN_PREFIX}${newSecret()}`;
  const record: TokenRecord = {
    id: nanoid(12),
    mapId,
    name,
    scope,
    tokenHash: hashToken(token),
    createdAt: Date.now(),
    lastUsedAt: null,
  };
  await store.tokens.create(record);
  return { record, token };
}

/** The credential a token is on `mapId` (null: a workspace-wide action), or why it is none. */
export async function tokenCredential(
  store: Store,
  token: string,
  mapId: string | null,
): Promise<{ credential: Credential } | { denial: { status: 401 | 403; message: string } }> {
  const record = await store.tokens.find(hashToken(token));
  if (!record) return { denial: { status: 401, message: 'Invalid or revoked token' } };
  if (mapId === null) return { denial: { status: 403, message: 'This needs the workspace key' } };
  if (record.mapId !== null && record.mapId !== mapId)
    return { denial: { status: 403, message: 'This token is for another map' } };
  const now = Date.now();
  if (record.lastUsedAt === null || now - record.lastUsedAt >= TOUCH_EVERY_MS)
    await store.tokens.touch(record.id, now);
  return {
    credential: {
      role: ROLE_OF[record.scope],
      // The token's id stands where a link's would: per-link caps and closing on revoke apply.
      linkId: record.id,
      history: false,
      integration: {
        tokenId: record.id,
        scope: record.scope,
        participant: { id: `token-${record.id}`, name: record.name, color: '#475569' },
      },
    },
  };
}

/** A token as listed: never its secret nor its hash. */
export const listedToken = (t: TokenRecord) => ({
  id: t.id,
  name: t.name,
  scope: t.scope,
  mapId: t.mapId,
  createdAt: new Date(t.createdAt).toISOString(),
  lastUsedAt: t.lastUsedAt === null ? null : new Date(t.lastUsedAt).toISOString(),
});
