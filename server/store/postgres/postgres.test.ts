import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStore } from '../storeContract.ts';
import { postgresStore } from './index.ts';
import { migrate } from './migrations.ts';
import { pgliteClient } from './pgliteClient.ts';
import { throwawayDatabases } from './throwaway.ts';

/*
 * The store contract on PostgreSQL: always on PGlite (in-process, no server needed), and on
 * a real server when TEST_DATABASE_URL points at one (CI does), in throw-away databases.
 */

describeStore('postgres (PGlite)', async () => postgresStore(pgliteClient(new PGlite())));

const real = throwawayDatabases(process.env.TEST_DATABASE_URL);
afterAll(() => real?.dropAll());

if (real) describeStore('postgres (server)', async () => real.store());

describe('postgres migrations', () => {
  it('run once, and a second start finds them done', async () => {
    const db = pgliteClient(new PGlite());
    expect(await migrate(db)).toEqual([1, 2, 3]);
    expect(await migrate(db)).toEqual([]);
    await db.close();
  });

  it.runIf(real)('take turns when two processes start at once', async () => {
    const url = await real!.create();
    const [a, b] = await Promise.all([real!.client(url), real!.client(url)]);
    const applied = await Promise.all([migrate(a), migrate(b)]);
    expect(applied.flat().sort()).toEqual([1, 2, 3]);
    await Promise.all([a.close(), b.close()]);
  });
});
