import { afterAll } from 'vitest';
import { throwawayDatabases } from '../store/postgres/throwaway.ts';
import { openPostgresStore } from '../store/postgres/index.ts';
import { openSqliteStore } from '../store/sqlite/index.ts';
import type { Store } from '../store/store.ts';

/*
 * Which store engine the server tests run on: SQLite by default, PostgreSQL with
 * TEST_STORE=postgres (and TEST_DATABASE_URL naming a server the tests may create databases
 * on). Each data folder a test makes gets its own throw-away database, so a server restarted
 * on the same folder finds its data, as with SQLite; they are dropped after the file's tests.
 */

export const TEST_STORE = process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

const databases =
  TEST_STORE === 'postgres'
    ? throwawayDatabases(
        process.env.TEST_DATABASE_URL ??
          (() => {
            throw new Error('TEST_STORE=postgres needs TEST_DATABASE_URL');
          })(),
      )
    : null;
const byFolder = new Map<string, Promise<string>>();
const opened = new Set<Store>();

afterAll(async () => {
  if (!databases) return;
  // Servers close their own stores; what tests opened themselves closes here, then all go.
  await Promise.allSettled([...opened].map((store) => store.close()));
  await databases.dropAll();
});

/** The database a data folder stands for (PostgreSQL runs), or undefined (SQLite runs). */
export function databaseFor(dataDir: string): Promise<string> | undefined {
  if (!databases) return undefined;
  let url = byFolder.get(dataDir);
  if (!url) byFolder.set(dataDir, (url = databases.create()));
  return url;
}

/** A new connection to the store of `dataDir`, on the engine under test. */
export async function testStore(dataDir: string): Promise<Store> {
  const url = databaseFor(dataDir);
  if (!url) return openSqliteStore(dataDir);
  const store = await openPostgresStore(await url, { max: 2 });
  opened.add(store);
  return store;
}
