import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeStore } from '../storeContract.ts';
import { openSqliteStore } from './index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeStore('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-store-'));
  dirs.push(dir);
  return openSqliteStore(dir);
});
