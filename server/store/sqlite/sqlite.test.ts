import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStore } from '../storeContract.ts';
import { openSqliteStore } from './index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describeStore('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-store-'));
  dirs.push(dir);
  return openSqliteStore(dir);
});

describe('sqlite migrations', () => {
  it('opens a database whose links predate history access: they have none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-store-'));
    dirs.push(dir);
    const old = new Database(join(dir, 'trailmap.db'));
    old.exec(`CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL,
      created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
      CREATE TABLE links (id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps (id),
      role TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
      INSERT INTO maps VALUES ('m1', 'Old', 1, 1);
      INSERT INTO links VALUES ('l1', 'm1', 'viewer', 'h1', 2);`);
    old.close();
    const store = openSqliteStore(dir);
    expect(await store.links.find('h1')).toMatchObject({
      id: 'l1',
      role: 'viewer',
      history: false,
    });
    await store.close();
  });
});
