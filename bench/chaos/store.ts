import * as Y from 'yjs';
import { createMapDoc, readMap, type MapState } from '../../src/doc/index.ts';
import { openSqliteStore } from '../../server/store/sqlite/index.ts';
import { stateVectorOf } from './ledger.ts';

/*
 * What a dead server left in its store, read through the server's own store code while the
 * process is down: the truth about durability, before any client gets the chance to resend
 * what the server lost.
 */

export interface StoredRoom {
  stateVector: Map<number, number>;
  map: MapState;
  updates: number;
}

export async function readStoredRoom(dataDir: string, room: string): Promise<StoredRoom> {
  const store = openSqliteStore(dataDir);
  try {
    const data = await store.log.load(room);
    const doc = createMapDoc();
    if (data.snapshot) Y.applyUpdate(doc, data.snapshot);
    for (const update of data.updates) Y.applyUpdate(doc, update);
    const result = {
      stateVector: stateVectorOf(doc),
      map: readMap(doc),
      updates: data.updates.length,
    };
    doc.destroy();
    return result;
  } finally {
    await store.close();
  }
}
