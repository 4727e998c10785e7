import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from './createServer.ts';

/*
 * The process entry point: `PORT` (default 3000, 0 = any free port), `DATA_DIR`
 * (default ./data), optional `COMPACT_EVERY`, optional `AUTO_VERSION_DELAY_MS` (default ten
 * minutes), optional `UNLOAD_DELAY_MS` (how long a room stays loaded after its last client
 * left, default 30 s), optional `MAX_MESSAGE_BYTES` (largest WebSocket message, default
 * 16 MiB), optional `MAX_BUFFERED_BYTES` (bytes waiting for one connection before it is
 * closed as not reading, default 8 MiB), optional `MAX_CONNECTIONS_PER_LINK` and
 * `MAX_CONNECTIONS_PER_ADDRESS` (default 300 per link, none per address; 0 for none), optional `MAX_MAP_BYTES`
 * (largest a map's stored data may grow: a bigger import gets 413, a client update that would
 * cross it is refused; default 64 MiB), optional `HEADERS_TIMEOUT_MS` and `REQUEST_TIMEOUT_MS`
 * (how long a client may take to send a request's headers, default 10 s, and the whole
 * request, default 120 s), optional `CONVERSION_WORKERS` (threads for import and export
 * conversions; default one per spare core, at most 2), optional `TRAILMAP_KEY` (the
 * workspace key; default: kept in DATA_DIR/workspace.key), optional `DATABASE_URL` (store in
 * PostgreSQL instead of SQLite) and `REDIS_URL` (fan out through Redis to the other processes
 * serving the same database); serves the Vite build in dist/.
 */

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const staticDir = resolve('dist');
if (!existsSync(staticDir))
  console.log('No dist/ folder: serving the API only (run `vite build`).');

const server = await createServer({
  port: envNumber('PORT', 3000),
  dataDir: process.env.DATA_DIR || './data',
  staticDir: existsSync(staticDir) ? staticDir : null,
  compactEvery: envNumber('COMPACT_EVERY', 200),
  autoVersionDelayMs: envNumber('AUTO_VERSION_DELAY_MS', 10 * 60_000),
  unloadDelayMs: envNumber('UNLOAD_DELAY_MS', 30_000),
  maxMessageBytes: envNumber('MAX_MESSAGE_BYTES', 16 * 2 ** 20),
  maxBufferedBytes: envNumber('MAX_BUFFERED_BYTES', 8 * 2 ** 20),
  maxConnectionsPerLink: envNumber('MAX_CONNECTIONS_PER_LINK', 300),
  maxConnectionsPerAddress: envNumber('MAX_CONNECTIONS_PER_ADDRESS', 0),
  maxMapBytes: envNumber('MAX_MAP_BYTES', 64 * 2 ** 20),
  maxEventLogBytes: envNumber('MAX_EVENT_LOG_BYTES', 200 * 2 ** 20),
  headersTimeoutMs: envNumber('HEADERS_TIMEOUT_MS', 10_000),
  requestTimeoutMs: envNumber('REQUEST_TIMEOUT_MS', 120_000),
  conversionWorkers: process.env.CONVERSION_WORKERS
    ? envNumber('CONVERSION_WORKERS', 0)
    : undefined,
  workspaceKey: process.env.TRAILMAP_KEY || undefined,
  webhooks: { allowPrivateAddresses: process.env.WEBHOOKS_ALLOW_PRIVATE === '1' },
  databaseUrl: process.env.DATABASE_URL || undefined,
  redisUrl: process.env.REDIS_URL || undefined,
}).catch((error: unknown) => {
  // A bad TRAILMAP_KEY, a busy port, an unreadable data folder: say so, without a stack.
  console.error(`Trailmap could not start: ${(error as Error).message}`);
  process.exit(1);
});

let stopping = false;
const stop = (signal: string) => {
  // A second signal means "now": skip the graceful path.
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`${signal}: saving and shutting down`);
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

// Only now: whoever waits for this line (tests, the benchmark) may signal us at once.
console.log(
  `Trailmap listening on http://localhost:${server.port} (${server.store}, ${server.bus} bus)`,
);
// Printed on purpose, once: opening this link is how the first member signs in.
console.log(`Sign in: http://localhost:${server.port}/?key=${server.workspaceKey}`);
