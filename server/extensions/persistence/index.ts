/*
 * Persistence: rooms load from the store, every update is appended before anyone sees it,
 * the maps list follows edits, and each room's log is compacted into a snapshot now and then.
 */
import type { LiveRoom } from '../../collab/peer.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { Compactor } from './compactor.ts';
import { EditMarks } from './editMarks.ts';

/** The persistence extension: compacts a room once it logged more than `compactEvery` updates. */
export function persistence(context: ServerContext): Extension {
  const { store, config, log } = context;
  const compactor = new Compactor(store, config.compactEvery, log);
  const marks = new EditMarks();

  return {
    name: 'persistence',

    loadRoom: async (room) => {
      const data = await store.log.load(room.name);
      compactor.loaded(room.name, data.updates.length);
      return data;
    },

    async storeUpdates(room: LiveRoom, updates) {
      await store.log.append(room.name.name, updates, marks.next(room));
      compactor.logged(room, updates.length);
    },

    beforeUnload: (room) => compactor.compact(room),

    afterUnload: (room) => {
      compactor.forget(room);
      marks.forget(room);
    },

    describe: (room) => ({ pendingUpdates: compactor.pending(room) }),
  };
}
