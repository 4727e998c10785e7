import {
  createMapDoc,
  encodeDoc,
  readMap,
  setKpiCurrent,
  writeMap,
  type MapState,
} from '../src/doc/index.ts';
import * as Y from 'yjs';
import type { RoomManager } from './collab/roomManager.ts';
import { contentRoom, newMapId, roomsOfMap } from './ids.ts';
import type { MapRecord, Store } from './store/store.ts';
import type { Recorder } from './versions/recorder.ts';
import { storedDoc } from './versions/states.ts';

/* Map-level operations shared by the HTTP routes: they span the store and live rooms. */

export interface Maps {
  /** Stores a new map with `content` as its document. */
  create(content: MapState): MapRecord;
  /** The map as export JSON (from the live room if loaded), or null if missing. */
  exportMap(id: string): MapState | null;
  /** Disconnects everyone and removes all of the map's data; false if missing. */
  remove(id: string): boolean;
  /** Sets a KPI's current value in the live document (loading it if needed), stored and broadcast. */
  setKpiCurrent(id: string, kpiId: string, value: number, at: string): 'ok' | 'no-map' | 'no-kpi';
}

/** Binds the map operations to a store, the live rooms and the version history. */
export function createMaps(store: Store, rooms: RoomManager, recorder: Recorder): Maps {
  return {
    create(content) {
      const doc = createMapDoc();
      writeMap(doc, content);
      const now = Date.now();
      const record = { id: newMapId(), title: content.meta.title, createdAt: now, updatedAt: now };
      store.createMap(record, encodeDoc(doc), Y.encodeStateVector(doc));
      // The history starts with the map as created: the first edits have something to compare to.
      const first = { name: null, note: '', auto: true, authors: [], summary: 'Map created' };
      recorder.record(record.id, doc, first);
      doc.destroy();
      return record;
    },

    exportMap(id) {
      if (!store.getMap(id)) return null;
      const live = rooms.peek(id);
      if (live) return readMap(live.doc);
      // Read straight from the store so that exporting never loads a room.
      const doc = storedDoc(store, id);
      const map = readMap(doc);
      doc.destroy();
      return map;
    },

    setKpiCurrent(id, kpiId, value, at) {
      if (!store.getMap(id)) return 'no-map';
      const done = rooms.update(contentRoom(id), (doc) => setKpiCurrent(doc, kpiId, value, at));
      return done ? 'ok' : 'no-kpi';
    },

    remove(id) {
      if (!store.getMap(id)) return false;
      rooms.dropMap(id);
      return store.deleteMap(
        id,
        roomsOfMap(id).map((room) => room.name),
      );
    },
  };
}
