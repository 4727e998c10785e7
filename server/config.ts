import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { RoomBus } from './bus/bus.ts';
import type { Conversions } from './conversion/index.ts';
import type { ExtensionFactory } from './context.ts';
import type { Store } from './store/store.ts';

/** How to run a server; only `dataDir` is required. */
export interface ServerConfig {
  /** 0 picks a free port (tests). Default 3000. */
  port?: number;
  /** Interface to listen on; default all. */
  host?: string;
  /** Folder for the SQLite database; created if missing. */
  dataDir: string;
  /** The built app to serve (SPA fallback to index.html); null or absent serves only the API. */
  staticDir?: string | null;
  /** How long a room stays loaded after its last client left. Default 30 s. */
  unloadDelayMs?: number;
  /** Compact a room once it has logged more updates than this. Default 200. */
  compactEvery?: number;
  /** Largest WebSocket message accepted. Default 16 MiB. */
  maxMessageBytes?: number;
  /**
   * Bytes that may wait in one connection's send buffer (besides the map itself on its way);
   * a connection over it is not reading and is closed with 1013. Default 8 MiB.
   */
  maxBufferedBytes?: number;
  /** Open connections allowed per share link; 0 for no limit. Default 300. */
  maxConnectionsPerLink?: number;
  /**
   * Open connections allowed per client address; 0 for no limit (the default: behind a
   * reverse proxy every client has the proxy's address).
   */
  maxConnectionsPerAddress?: number;
  /** Largest HTTP request body accepted. Default 10 MiB. */
  maxBodyBytes?: number;
  /**
   * Largest event log an observation import accepts, in bytes of text (a gzip body is
   * counted inflated). Default 200 MiB.
   */
  maxEventLogBytes?: number;
  /**
   * Largest a map's room may grow in the store (its snapshot plus the updates logged after
   * it): a bigger import is refused (413) and so is a client update that would cross it.
   * Default 64 MiB.
   */
  maxMapBytes?: number;
  /** How long a client may take to send a request's headers. Default 10 s. */
  headersTimeoutMs?: number;
  /** How long a client may take to send a whole request (body included). Default 120 s. */
  requestTimeoutMs?: number;
  /**
   * Worker threads that convert imports and exports (started when first needed); 0 converts
   * on the main thread. Default: one per spare core, at most 2.
   */
  conversionWorkers?: number;
  /** How often clients are pinged; one missed pong closes them. Default 30 s. */
  pingIntervalMs?: number;
  /**
   * How long after the first edit since the last version an automatic version is recorded
   * (also when the last editor leaves, and before a room unloads). Default 10 minutes.
   */
  autoVersionDelayMs?: number;
  /**
   * A ready store (another backend, or a test double); the server closes it unless
   * `keepStoreOpen`. Default: PostgreSQL at `databaseUrl` if set, else SQLite in dataDir.
   */
  store?: Store;
  /** Leave a given `store` open on close (several servers in one test share one). */
  keepStoreOpen?: boolean;
  /** `postgres://…`: store everything in PostgreSQL (DATABASE_URL) instead of SQLite. */
  databaseUrl?: string;
  /** `redis://…`: fan out between processes through Redis (REDIS_URL). */
  redisUrl?: string;
  /** The bus to the other processes serving the same store. Default: in-process (alone). */
  bus?: RoomBus;
  /** Ready conversions (a test double); the server closes them. Default: `conversionWorkers`. */
  conversions?: Conversions;
  /** Extensions to run after the built-in ones (access, persistence, versions, KPIs, workshop). */
  extensions?: ExtensionFactory[];
  /**
   * The workspace key (e.g. from TRAILMAP_KEY): 16–512 URL-safe characters. Default: the key in
   * `<dataDir>/workspace.key`, created with 256 random bits on first start.
   */
  workspaceKey?: string;
  /** Where diagnostics go. Default console.log. */
  log?: (line: string) => void;
  /** How webhooks are delivered. */
  webhooks?: WebhookSettings;
}

/** Webhook delivery settings. */
export interface WebhookSettings {
  /**
   * Deliver to URLs that resolve to loopback, private, link-local or other internal addresses
   * (WEBHOOKS_ALLOW_PRIVATE=1). Off by default: a webhook must not reach into the server's own
   * network. Tests turn it on to receive on loopback.
   */
  allowPrivateAddresses?: boolean;
  /** How long one attempt may take, connection to last byte. Default 10 s. */
  timeoutMs?: number;
  /** The first retry's delay; each next one is 4 times longer. Default 10 s. */
  retryBaseMs?: number;
  /** Attempts before a delivery is given up as failed. Default 6. */
  maxAttempts?: number;
  /** How often the queue is checked for due retries. Default 1 s. */
  pollMs?: number;
  /** How long an action must be left alone before its changes are sent, as one. Default 5 s. */
  changeQuietMs?: number;
  /** How often overdue actions are looked for. Default 1 hour. */
  overdueEveryMs?: number;
}

export type ResolvedConfig = Required<
  Omit<
    ServerConfig,
    | 'host'
    | 'staticDir'
    | 'store'
    | 'keepStoreOpen'
    | 'bus'
    | 'conversions'
    | 'extensions'
    | 'workspaceKey'
    | 'databaseUrl'
    | 'redisUrl'
    | 'webhooks'
  >
> & {
  webhooks: Required<WebhookSettings>;
  host: string | undefined;
  staticDir: string | null;
  databaseUrl: string | null;
  redisUrl: string | null;
};

const MiB = 1024 * 1024;

/** Fills in defaults and resolves folders to absolute paths. */
export function resolveConfig(config: ServerConfig): ResolvedConfig {
  const headersTimeoutMs = config.headersTimeoutMs ?? 10_000;
  return {
    port: config.port ?? 3000,
    host: config.host,
    dataDir: resolve(config.dataDir),
    staticDir: config.staticDir ? resolve(config.staticDir) : null,
    databaseUrl: config.databaseUrl || null,
    redisUrl: config.redisUrl || null,
    unloadDelayMs: config.unloadDelayMs ?? 30_000,
    compactEvery: config.compactEvery ?? 200,
    maxMessageBytes: config.maxMessageBytes ?? 16 * MiB,
    maxBodyBytes: config.maxBodyBytes ?? 10 * MiB,
    maxBufferedBytes: config.maxBufferedBytes ?? 8 * MiB,
    maxConnectionsPerLink: config.maxConnectionsPerLink ?? 300,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress ?? 0,
    maxMapBytes: config.maxMapBytes ?? 64 * MiB,
    maxEventLogBytes: config.maxEventLogBytes ?? 200 * MiB,
    headersTimeoutMs,
    // Node refuses a request timeout shorter than the headers timeout.
    requestTimeoutMs: Math.max(config.requestTimeoutMs ?? 120_000, headersTimeoutMs),
    conversionWorkers:
      config.conversionWorkers ?? Math.min(2, Math.max(1, availableParallelism() - 1)),
    pingIntervalMs: config.pingIntervalMs ?? 30_000,
    autoVersionDelayMs: config.autoVersionDelayMs ?? 10 * 60_000,
    log: config.log ?? ((line) => console.log(line)),
    webhooks: {
      allowPrivateAddresses: config.webhooks?.allowPrivateAddresses ?? false,
      timeoutMs: config.webhooks?.timeoutMs ?? 10_000,
      retryBaseMs: config.webhooks?.retryBaseMs ?? 10_000,
      maxAttempts: config.webhooks?.maxAttempts ?? 6,
      pollMs: config.webhooks?.pollMs ?? 1000,
      changeQuietMs: config.webhooks?.changeQuietMs ?? 5000,
      overdueEveryMs: config.webhooks?.overdueEveryMs ?? 60 * 60_000,
    },
  };
}
