import type { Store } from '../store.ts';
import { postgresTokens, postgresWebhooks } from './integrations.ts';
import { postgresLinks } from './links.ts';
import { postgresLog } from './log.ts';
import { postgresMaps } from './maps.ts';
import { migrate } from './migrations.ts';
import { postgresObservations } from './observations.ts';
import { postgresAudit, postgresParticipants } from './participants.ts';
import { pgClient, type PgOptions } from './pgClient.ts';
import type { SqlClient } from './sql.ts';
import { postgresVersions } from './versions.ts';
import { postgresVotes } from './votes.ts';

/*
 * The PostgreSQL backend (DATABASE_URL=postgres://…): for a team that runs several Trailmap
 * processes on the database it already operates. Every statement is parameterised; the
 * schema is migrated on start.
 */

/** A store over a ready SQL client (node-postgres or PGlite); migrates it first. */
export async function postgresStore(db: SqlClient): Promise<Store> {
  await migrate(db);
  return {
    kind: 'postgres',
    maps: postgresMaps(db),
    log: postgresLog(db),
    links: postgresLinks(db),
    versions: postgresVersions(db),
    votes: postgresVotes(db),
    participants: postgresParticipants(db),
    audit: postgresAudit(db),
    observations: postgresObservations(db),
    tokens: postgresTokens(db),
    webhooks: postgresWebhooks(db),
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
  };
}

/** Opens a pool on `url` and returns the store over it. */
export async function openPostgresStore(url: string, options: PgOptions = {}): Promise<Store> {
  const db = pgClient(url, options);
  try {
    return await postgresStore(db);
  } catch (error) {
    await db.close();
    throw error;
  }
}
