import * as Y from 'yjs';
import { createMapDoc, encodeDoc, readMap, writeMap, type MapState } from '../src/doc/index.ts';
import type { RoomManager } from './collab/roomManager.ts';
import { newMapId, roomsOfMap } from './ids.ts';
import type { Pipeline } from './pipeline.ts';
import type { MapRecord, Store } from './store/store.ts';
import { storedDoc } from './storedDoc.ts';

/* Map-level operations shared by the HTTP routes and extensions: they span the store and live rooms. */

export interface Maps {
  /** Stores a new map with `content` as its document; extensions hear `mapCreated`. */
  create(content: MapState): Promise<MapRecord>;
  /** The map as export JSON (from the live room if loaded), or null if missing. */
  exportMap(id: string): Promise<MapState | null>;
  /** Disconnects everyone (on every process) and removes all of the map's data; false if missing. */
  remove(id: string): Promise<boolean>;
}

/** Binds the map operations to a store, the live rooms and the extensions. */
export function createMaps(store: Store, rooms: RoomManager, pipeline: Pipeline): Maps {
  return {
    async create(content) {
      const doc = createMapDoc();
      try {
        writeMap(doc, content);
        const now = Date.now();
        const record = {
          id: newMapId(),
          title: content.meta.title,
          createdAt: now,
          updatedAt: now,
        };
        await store.maps.create(record, encodeDoc(doc), Y.encodeStateVector(doc));
        await pipeline.mapCreated(record, doc);
        return record;
      } finally {
        doc.destroy();
      }
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
