import type { Query, SqlClient } from './sql.ts';

/*
 * The schema, as numbered migrations that run on start. A session lock makes two processes
 * starting at once take turns: the second finds the work done. Never edit a migration that
 * has shipped; add the next one.
 */

const LOCK_KEY = 727_001;

const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE maps (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX maps_by_updated ON maps (updated_at DESC);
CREATE TABLE updates (
  id BIGSERIAL PRIMARY KEY,
  room TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX updates_by_room ON updates (room, id);
CREATE TABLE snapshots (
  room TEXT PRIMARY KEY,
  data BYTEA NOT NULL,
  through_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  vector BYTEA
);
CREATE TABLE links (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  history BOOLEAN NOT NULL DEFAULT FALSE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE INDEX links_by_map ON links (map_id, created_at);
CREATE TABLE versions (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  seq BIGSERIAL,
  name TEXT,
  note TEXT NOT NULL,
  auto BOOLEAN NOT NULL,
  created_at BIGINT NOT NULL,
  authors TEXT NOT NULL,
  summary TEXT NOT NULL,
  state BYTEA NOT NULL
);
CREATE INDEX versions_by_map ON versions (map_id, created_at);
CREATE TABLE vote_rounds (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  card_ids TEXT NOT NULL,
  per_person INTEGER NOT NULL,
  revealed BOOLEAN NOT NULL DEFAULT FALSE,
  closed BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL
);
CREATE INDEX vote_rounds_by_map ON vote_rounds (map_id, closed);
CREATE TABLE votes (
  id BIGSERIAL PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES vote_rounds (id) ON DELETE CASCADE,
  voter_hash TEXT NOT NULL,
  card_id TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX votes_by_voter ON votes (round_id, voter_hash, card_id);
CREATE TABLE participants (
  id TEXT NOT NULL,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  link_id TEXT,
  name TEXT NOT NULL,
  color TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (map_id, id)
);
CREATE TABLE audit (
  id BIGSERIAL PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  link_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX audit_by_map ON audit (map_id, id);
`,
  },
  {
    // Observation sets: what imported event logs came to (the raw events are not kept).
    version: 2,
    sql: `
CREATE TABLE observation_sets (
  id TEXT NOT NULL,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  seq BIGSERIAL,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  cases INTEGER NOT NULL,
  events INTEGER NOT NULL,
  activities INTEGER NOT NULL,
  from_at TEXT,
  to_at TEXT,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  import_ms INTEGER NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (map_id, id)
);
CREATE INDEX observation_sets_by_map ON observation_sets (map_id, created_at);
`,
  },
  {
    // Integrations: API tokens (hashed), webhooks and their delivery queue.
    version: 3,
    sql: `
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  map_id TEXT REFERENCES maps (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT
);
CREATE INDEX api_tokens_by_map ON api_tokens (map_id, created_at);
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX webhooks_by_map ON webhooks (map_id, created_at);
CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  event TEXT NOT NULL,
  body TEXT NOT NULL,
  dedupe_key TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_status INTEGER,
  last_error TEXT,
  next_attempt_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (webhook_id, dedupe_key)
);
CREATE INDEX deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX deliveries_by_map ON webhook_deliveries (map_id, created_at)
`,
  },
];

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(client: SqlClient): Promise<number[]> {
  return client.locked(LOCK_KEY, async (query) => {
    await query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`);
    const done = new Set(
      (await query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    const applied: number[] = [];
    for (const { version, sql } of MIGRATIONS) {
      if (done.has(version)) continue;
      await client.tx(async (tx: Query) => {
        for (const statement of sql
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean))
          await tx(statement);
        await tx('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          version,
          Date.now(),
        ]);
      });
      applied.push(version);
    }
    return applied;
  });
}
