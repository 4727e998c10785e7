import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSecret } from './secrets.ts';

/* The workspace key: whoever holds it is a member of the workspace. */

const KEY_FILE = 'workspace.key';
// URL-safe (it travels in `?key=` and `?token=`) and long enough to be a secret.
const KEY_SHAPE = /^[A-Za-z0-9._~-]{16,512}$/;

function checked(key: string, source: string): string {
  if (!KEY_SHAPE.test(key)) {
    throw new Error(
      `${source} is not a valid workspace key: use 16 to 512 characters from A-Z a-z 0-9 . _ ~ -`,
    );
  }
  return key;
}

/**
 * The workspace key: `given` if set (TRAILMAP_KEY), else the one kept in
 * `<dataDir>/workspace.key`, created (mode 0600) with a fresh random key on first start.
 */
export function loadWorkspaceKey(dataDir: string, given?: string): string {
  if (given !== undefined) return checked(given, 'The configured key');
  const path = join(dataDir, KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': never overwrite a key another process wrote first.
    const key = newSecret();
    writeFileSync(path, key + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return checked(readFileSync(path, 'utf8').trim(), path);
}
