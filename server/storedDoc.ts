import * as Y from 'yjs';
import { createMapDoc, type MapDoc } from '../src/doc/index.ts';
import type { Store } from './store/store.ts';

/** The room's document as stored (snapshot, then the logged updates); the caller destroys it. */
export async function storedDoc(store: Store, room: string): Promise<MapDoc> {
  const data = await store.log.load(room);
  const doc = createMapDoc();
  doc.transact(() => {
    if (data.snapshot) Y.applyUpdate(doc, data.snapshot);
    for (const update of data.updates) Y.applyUpdate(doc, update);
  });
  return doc;
}
