import * as Y from 'yjs';
import { createMapDoc, encodeDoc, readMap, writeMap, type MapState } from '../src/doc/index.ts';
import type { RoomManager } from './collab/roomManager.ts';
import type { Conversions, ImportResult } from './conversion/index.ts';
import { newMapId, roomsOfMap } from './ids.ts';
import type { Pipeline } from './pipeline.ts';
import type { MapRecord, Store } from './store/store.ts';
import { storedDoc } from './storedDoc.ts';

/* Map-level operations shared by the HTTP routes and extensions: they span the store and live rooms. */

/** What an import did: the new map, or why the body is not a map export. */
export type Imported = { ok: true; map: MapRecord } | Extract<ImportResult, { ok: false }>;

export interface Maps {
  /** Stores a new map with `content` as its document; extensions hear `mapCreated`. */
  create(content: MapState): Promise<MapRecord>;
  /**
   * Stores a new map from export JSON (UTF-8), converted off the event loop. Throws what a
   * `beforeCreate` hook threw (e.g. a 413 for a map over the size limit); nothing is stored then.
   */
  importJson(body: Uint8Array): Promise<Imported>;
  /** The map as export JSON (from the live room if loaded), or null if missing. */
  exportMap(id: string): Promise<MapState | null>;
  /**
   * The map as export JSON text (UTF-8), converted off the event loop from what is stored
   * (everything acknowledged is), or null if missing. Never loads the room.
   */
  exportJson(id: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Disconnects everyone (on every process) and removes all of the map's data; false if missing. */
  remove(id: string): Promise<boolean>;
}

/** Binds the map operations to a store, the live rooms, the extensions and the converters. */
export function createMaps(
  store: Store,
  rooms: RoomManager,
  pipeline: Pipeline,
  conversions: Conversions,
): Maps {
  // The one way a map comes to be: checked by the extensions, stored, announced.
  async function createEncoded(title: string, state: Uint8Array, vector: Uint8Array) {
    pipeline.beforeCreate(state);
    const now = Date.now();
    const record = { id: newMapId(), title, createdAt: now, updatedAt: now };
    await store.maps.create(record, state, vector);
    await pipeline.mapCreated(record, state);
    return record;
  }

  return {
    async create(content) {
      // Templates and tests: small enough to encode in place.
      const doc = createMapDoc();
      try {
        writeMap(doc, content);
        return await createEncoded(content.meta.title, encodeDoc(doc), Y.encodeStateVector(doc));
      } finally {
        doc.destroy();
      }
    },

    async importJson(body) {
      const result = await conversions.importMap(body);
      if (!result.ok) return result;
      return { ok: true, map: await createEncoded(result.title, result.state, result.vector) };
    },

    async exportMap(id) {
      if (!(await store.maps.get(id))) return null;
      const live = rooms.peek(id);
      if (live) return readMap(live.doc);
      // Read straight from the store so that exporting never loads a room.
      const doc = await storedDoc(store, id);
      try {
        return readMap(doc);
      } finally {
        doc.destroy();
      }
    },

    async exportJson(id) {
      if (!(await store.maps.get(id))) return null;
      const { snapshot, updates } = await store.log.load(id);
      return conversions.exportMap(snapshot ? [snapshot, ...updates] : updates);
    },

    async remove(id) {
      if (!(await store.maps.get(id))) return false;
      rooms.dropMap(id);
      return store.maps.delete(
        id,
        roomsOfMap(id).map((room) => room.name),
      );
    },
  };
}
