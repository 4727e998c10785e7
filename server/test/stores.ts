import { testStore } from './engine.ts';
import type { Store } from '../store/store.ts';

/* Store doubles for tests: the real store of the engine under test, watched or made to fail. */

/**
 * The store of `dataDir` (see engine.ts), wrapped so that `appended` lists the room of every update
 * appended (one entry per update) and `fail.append` makes appends throw.
 */
export async function watchedStore(dataDir: string) {
  const sqlite = await testStore(dataDir);
  const appended: string[] = [];
  const fail = { append: false };
  const store: Store = {
    ...sqlite,
    log: {
      ...sqlite.log,
      append: (room, updates, edit) => {
        if (fail.append) return Promise.reject(new Error('disk full'));
        for (let i = 0; i < updates.length; i++) appended.push(room);
        return sqlite.log.append(room, updates, edit);
      },
    },
  };
  return { store, sqlite, appended, fail };
}

/** Every byte the store holds for a room. */
export async function storedBytes(store: Store, room: string) {
  const { snapshot, updates } = await store.log.load(room);
  return { snapshot: snapshot && Buffer.from(snapshot), updates: updates.map(Buffer.from) };
}
