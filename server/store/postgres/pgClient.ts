import pg from 'pg';
import type { Query, SqlClient } from './sql.ts';

/* node-postgres behind SqlClient: a pool; a transaction holds one client until it ends. */

export interface PgOptions {
  /** Connections in the pool. Default 10. */
  max?: number;
  /** Called when an idle connection fails (the database restarted, the network dropped). */
  onError?: (error: Error) => void;
}

export function pgClient(connectionString: string, options: PgOptions = {}): SqlClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // Fail fast while the database is unreachable: the server reports it instead of hanging.
    connectionTimeoutMillis: 5_000,
  });
  let closed: Promise<void> | null = null;
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => options.onError?.(error));

  const queryOf =
    (runner: pg.Pool | pg.PoolClient): Query =>
    async (text, params) =>
      (await runner.query(text, params)).rows;

  return {
    engine: 'pg',
    query: queryOf(pool),
    async tx(fn, isolation = 'read committed') {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
        const result = await fn(queryOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async locked(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn(queryOf(client));
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => (closed ??= pool.end()),
  };
}
