import { randomBytes } from 'node:crypto';
import type { Store } from '../store.ts';
import { postgresStore } from './index.ts';
import { pgClient } from './pgClient.ts';
import type { SqlClient } from './sql.ts';

/* Throw-away databases on a real PostgreSQL server, for tests: made on demand, dropped after. */

export interface Throwaway {
  /** Creates an empty database; returns its URL. */
  create(): Promise<string>;
  /** A client of a database made with `create`. */
  client(url: string): Promise<SqlClient>;
  /** A store over a fresh database. */
  store(): Promise<Store>;
  /** Drops every database made here (after their clients closed). */
  dropAll(): Promise<void>;
}

/** Throw-away databases on the server `adminUrl` points at; null when it is not set. */
export function throwawayDatabases(adminUrl: string | undefined): Throwaway | null {
  if (!adminUrl) return null;
  const made: string[] = [];
  const admin = () => pgClient(adminUrl, { max: 1 });
  const urlOf = (name: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.href;
  };
  const create = async () => {
    const name = `trailmap_test_${randomBytes(6).toString('hex')}`;
    const db = admin();
    try {
      await db.query(`CREATE DATABASE ${name}`);
    } finally {
      await db.close();
    }
    made.push(name);
    return urlOf(name);
  };
  return {
    create,
    client: async (url) => pgClient(url),
    store: async () => postgresStore(pgClient(await create())),
    async dropAll() {
      const db = admin();
      try {
        for (const name of made.splice(0))
          await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await db.close();
      }
    },
  };
}
