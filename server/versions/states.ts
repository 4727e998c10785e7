import * as Y from 'yjs';
import { createMapDoc, readMap, type MapDoc, type MapState } from '../../src/doc/index.ts';
import type { Store } from '../store/store.ts';

/* Documents rebuilt outside a live room: from the store's log, or from a version's state. */

/** The room's document as stored (snapshot, then the logged updates); the caller destroys it. */
export function storedDoc(store: Store, room: string): MapDoc {
  const data = store.loadRoom(room);
  const doc = createMapDoc();
  doc.transact(() => {
    if (data.snapshot) Y.applyUpdate(doc, data.snapshot);
    for (const update of data.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

/** The map an encoded document state holds. */
export function readState(state: Uint8Array): MapState {
  const doc = createMapDoc();
  Y.applyUpdate(doc, state);
  const map = readMap(doc);
  doc.destroy();
  return map;
}
