import { exportMap, importMap, type ImportResult } from './jobs.ts';
import { WorkerPool } from './pool.ts';

/*
 * Import and export conversions, off the event loop: a 20,000-card map takes a second or
 * more to convert, which in the main thread would stall every connection of the server.
 * Inputs below `inlineBelowBytes` convert in place, where a worker would only add a hop.
 */

export type { ImportResult } from './jobs.ts';

/** Converts maps between export JSON and Yjs documents. */
export interface Conversions {
  /** Export JSON (UTF-8 bytes) → the new map's encoded content, or why it is not a map. */
  importMap(body: Uint8Array): Promise<ImportResult>;
  /** A document's stored parts (snapshot, then updates) → its export JSON as UTF-8 bytes. */
  exportMap(parts: readonly Uint8Array[]): Promise<Uint8Array<ArrayBuffer>>;
  /** Stops the workers. */
  close(): Promise<void>;
}

export interface ConversionOptions {
  /** Worker threads at most; 0 converts everything on the calling thread. */
  workers: number;
  /** Inputs smaller than this many bytes convert on the calling thread. Default 64 KiB. */
  inlineBelowBytes?: number;
}

const size = (parts: readonly Uint8Array[]) => parts.reduce((sum, p) => sum + p.byteLength, 0);

/** Conversions on a pool of at most `workers` threads, started when first needed. */
export function createConversions({
  workers,
  inlineBelowBytes = 64 * 1024,
}: ConversionOptions): Conversions {
  const pool =
    workers > 0 ? new WorkerPool(new URL('./worker.mjs', import.meta.url), workers) : null;
  const inline = (bytes: number) => !pool || bytes < inlineBelowBytes;
  return {
    importMap: async (body) =>
      inline(body.byteLength) ? importMap(body) : pool!.run<ImportResult>('importMap', body),
    exportMap: async (parts) =>
      inline(size(parts))
        ? exportMap(parts)
        : pool!.run<Uint8Array<ArrayBuffer>>('exportMap', parts),
    close: async () => pool?.close(),
  };
}
