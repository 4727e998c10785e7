import * as Y from 'yjs';
import { createMapDoc, encodeDoc, parseMapExport, readMap, writeMap } from '../../src/doc/index.ts';

/*
 * The heavy conversions between a map's export JSON and its Yjs document. They run in a
 * worker thread (see worker.ts) so that a large map never stalls the server's event loop;
 * they are plain functions, so small inputs may run them in place.
 */

/** What an import turned into: the new map's content, or why it was refused. */
export type ImportResult =
  | { ok: true; title: string; state: Uint8Array; vector: Uint8Array }
  | { ok: false; error: string; problems?: string[] };

/** Export JSON (UTF-8 bytes) → validated map → Yjs document → its encoded state and vector. */
export function importMap(body: Uint8Array): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { ok: false, error: 'Request body must be JSON' };
  }
  const parsed = parseMapExport(json);
  if (!parsed.ok) return { ok: false, error: 'Not a valid map export', problems: parsed.problems };
  const doc = createMapDoc();
  try {
    writeMap(doc, parsed.map);
    return {
      ok: true,
      title: parsed.map.meta.title,
      state: encodeDoc(doc),
      vector: Y.encodeStateVector(doc),
    };
  } finally {
    doc.destroy();
  }
}

/** A map document's stored parts (snapshot, then updates) → its export JSON as UTF-8 bytes. */
export function exportMap(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const doc = createMapDoc();
  try {
    doc.transact(() => {
      for (const part of parts) Y.applyUpdate(doc, part);
    });
    return new TextEncoder().encode(JSON.stringify(readMap(doc)));
  } finally {
    doc.destroy();
  }
}

/** Every job a conversion worker runs, by name. */
export const JOBS = { importMap, exportMap };

export type JobName = keyof typeof JOBS;
