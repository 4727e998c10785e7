import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.ts';
import { settle } from './settle.ts';
import { INTEGRATIONS_SCHEMA, sqliteTokens, sqliteWebhooks } from './integrations.ts';
import { LINKS_SCHEMA, migrateLinks, sqliteLinks } from './links.ts';
import { LOG_SCHEMA, migrateLog, sqliteLog } from './log.ts';
import { MAPS_SCHEMA, sqliteMaps } from './maps.ts';
import { OBSERVATIONS_SCHEMA, sqliteObservations } from './observations.ts';
import { PARTICIPANTS_SCHEMA, sqliteAudit, sqliteParticipants } from './participants.ts';
import { VERSIONS_SCHEMA, sqliteVersions } from './versions.ts';
import { VOTES_SCHEMA, sqliteVotes } from './votes.ts';

/*
 * The embedded default backend: one SQLite file in the data folder. better-sqlite3 is
 * synchronous; each method does its work at once and hands back a settled promise, so the
 * asynchronous interface costs a microtask, not a thread hop.
 */

/** Opens (creating if needed) `trailmap.db` in `dataDir`. */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'trailmap.db'));
  // WAL + NORMAL: a committed transaction survives a process crash (kill -9), which is
  // the failure we guard against; only an OS crash could lose the last commits.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Another process (the chaos suite's reader, a second server) may hold the lock briefly.
  db.pragma('busy_timeout = 5000');
  db.exec(MAPS_SCHEMA);
  db.exec(LOG_SCHEMA);
  migrateLog(db);
  db.exec(LINKS_SCHEMA);
  migrateLinks(db);
  db.exec(VERSIONS_SCHEMA);
  db.exec(VOTES_SCHEMA);
  db.exec(PARTICIPANTS_SCHEMA);
  db.exec(OBSERVATIONS_SCHEMA);
  db.exec(INTEGRATIONS_SCHEMA);

  return {
    kind: 'sqlite',
    maps: sqliteMaps(db),
    log: sqliteLog(db),
    links: sqliteLinks(db),
    versions: sqliteVersions(db),
    votes: sqliteVotes(db),
    participants: sqliteParticipants(db),
    audit: sqliteAudit(db),
    observations: sqliteObservations(db),
    tokens: sqliteTokens(db),
    webhooks: sqliteWebhooks(db),
    ping: () =>
      settle(() => {
        db.prepare('SELECT 1').get();
      }),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
