import type { RoomBus } from './bus/bus.ts';
import { LocalBus } from './bus/localBus.ts';
import { openRedisBus } from './bus/redisBus.ts';
import type { ResolvedConfig, ServerConfig } from './config.ts';
import type { Metrics } from './metrics.ts';
import { openPostgresStore } from './store/postgres/index.ts';
import { openSqliteStore } from './store/sqlite/index.ts';
import type { Store } from './store/store.ts';

/*
 * Which engines a server runs on: a store given ready (tests), else PostgreSQL when
 * `databaseUrl` is set, else SQLite in the data folder; a bus given ready, else Redis when
 * `redisUrl` is set, else the in-process bus. Nothing else tells processes about each other.
 */

/** The store, and whether the server owns it (and so closes it). */
export async function openStore(input: ServerConfig, config: ResolvedConfig) {
  if (input.store) return { store: input.store, owned: !input.keepStoreOpen };
  const store: Store = config.databaseUrl
    ? await openPostgresStore(config.databaseUrl, {
        onError: (error) => config.log(`postgres: ${error.message}`),
      })
    : openSqliteStore(config.dataDir);
  return { store, owned: true };
}

/** The bus, and whether the server owns it. */
export async function openBus(input: ServerConfig, config: ResolvedConfig, metrics: Metrics) {
  if (input.bus) return { bus: input.bus, owned: false };
  const bus: RoomBus = config.redisUrl
    ? await openRedisBus(config.redisUrl, { log: config.log, onLag: (ms) => metrics.lag(ms) })
    : new LocalBus();
  return { bus, owned: true };
}
