import type { PGlite } from '@electric-sql/pglite';
import type { Query, SqlClient } from './sql.ts';

/*
 * PGlite behind SqlClient: PostgreSQL compiled to WebAssembly, one connection in this
 * process. Its transactions already run one at a time, so a session lock is a no-op.
 */

export function pgliteClient(db: PGlite): SqlClient {
  const queryOf =
    (runner: Pick<PGlite, 'query'>): Query =>
    async <R>(text: string, params?: unknown[]) =>
      (await runner.query<R>(text, params)).rows;
  let closed: Promise<void> | null = null;
  return {
    engine: 'pglite',
    query: queryOf(db),
    tx: (fn, isolation = 'read committed') =>
      db.transaction(async (tx) => {
        await tx.query(`SET TRANSACTION ISOLATION LEVEL ${isolation.toUpperCase()}`);
        return fn(queryOf(tx));
      }),
    locked: (_key, fn) => fn(queryOf(db)),
    close: () => (closed ??= db.close()),
  };
}
