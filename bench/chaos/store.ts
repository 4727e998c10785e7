import * as Y from 'yjs';
import { createMapDoc, readMap, type MapState } from '../../src/doc/index.ts';
import { openPostgresStore } from '../../server/store/postgres/index.ts';
import { openSqliteStore } from '../../server/store/sqlite/index.ts';
import type { ServerProcess } from '../lib/servers.ts';
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

/** What `server` stored for `room`: in PostgreSQL if it runs on it, else its SQLite file. */
export async function readStoredRoom(server: ServerProcess, room: string): Promise<StoredRoom> {
  const store = server.databaseUrl
    ? await openPostgresStore(server.databaseUrl, { max: 1 })
    : openSqliteStore(server.dataDir!);
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
