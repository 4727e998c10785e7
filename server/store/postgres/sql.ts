/*
 * The little the PostgreSQL store needs of a connection: parameterised queries and
 * transactions. Two engines provide it: node-postgres (a pool, for real servers) and PGlite
 * (PostgreSQL in WebAssembly, in-process, so the suite runs on a fresh clone with no server).
 */

/** Runs one parameterised statement; rows as objects. */
export type Query = <R = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<R[]>;

export interface SqlClient {
  /** `pg` or `pglite`. */
  readonly engine: string;
  query: Query;
  /** Runs `fn` in one transaction (committed if it resolves, rolled back if it throws). */
  tx<T>(
    fn: (query: Query) => Promise<T>,
    isolation?: 'read committed' | 'repeatable read',
  ): Promise<T>;
  /** Runs `fn` holding a session lock on `key` (migrations take one, so starts never race). */
  locked<T>(key: number, fn: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A byte array as the driver wants it (node-postgres sends Buffers as bytea). */
export const bytes = (value: Uint8Array): Buffer =>
  Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);

/** BIGINT columns arrive as strings (they may exceed 2^53); ours never do. */
export const num = (value: unknown): number => Number(value);
