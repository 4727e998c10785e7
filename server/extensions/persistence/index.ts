/*
 * Persistence: rooms load from the store, every update is appended before anyone sees it,
 * the maps list follows edits, and each room's log is compacted into a snapshot now and then.
 * It also keeps the per-map size limit (sizeLimit.ts): a room's stored size is known only
 * where it is loaded, appended to and compacted, which is here.
 */
import * as Y from 'yjs';
import { REMOTE, UpdateRejected, type LiveRoom } from '../../collab/peer.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { Compactor } from './compactor.ts';
import { EditMarks } from './editMarks.ts';
import { SizeLimit } from './sizeLimit.ts';

/**
 * The persistence extension: compacts a room once it logged more than `compactEvery` updates,
 * and keeps each room's stored size within `maxMapBytes`.
 */
export function persistence(context: ServerContext): Extension {
  const { store, config, log, metrics } = context;
  const sizes = new SizeLimit(config.maxMapBytes);
  const compactor = new Compactor(store, config.compactEvery, log, (room, snapshot, folded) =>
    sizes.compacted(room, snapshot, folded),
  );
  const marks = new EditMarks();

  return {
    name: 'persistence',

    loadRoom: async (room) => {
      const [data, map] = await Promise.all([
        store.log.load(room.name),
        room.kind === 'content' ? store.maps.get(room.mapId) : null,
      ]);
      marks.loaded(room.name, map?.title);
      compactor.loaded(room.name, data.updates.length, data.snapshotSeq);
      sizes.loaded(room, data);
      return data;
    },

    beforeApply(room, _peer, update) {
      try {
        sizes.check(room, update);
      } catch (error) {
        // Folding the log into a snapshot may make room for the next try.
        // Once what is being written is stored, so that the compaction covers it too.
        if (error instanceof UpdateRejected && sizes.logged(room) > 0)
          void room.durable().then(
            () => compactor.soon(room),
            () => {},
          );
        throw error;
      }
    },

    async storeUpdates(room: LiveRoom, updates) {
      sizes.storing(room, updates);
      try {
        const started = performance.now();
        await store.log.append(room.name.name, updates, marks.next(room));
        metrics.stored(updates.length, (performance.now() - started) / 1000);
      } finally {
        sizes.stored(room);
      }
      compactor.logged(room, updates.length);
    },

    onChange: (room, update, origin) => {
      if (origin === REMOTE) sizes.heard(room, update);
    },

    beforeCreate: (state) => sizes.checkNew(state),

    beforeUnload: (room) => compactor.compact(room),

    // What other processes stored while the bus was away: applied like anything heard.
    async resync(room) {
      if (!room.loaded) return;
      const data = await store.log.load(room.name.name);
      Y.transact(
        room.doc,
        () => {
          if (data.snapshot) Y.applyUpdate(room.doc, data.snapshot, REMOTE);
          for (const update of data.updates) Y.applyUpdate(room.doc, update, REMOTE);
        },
        REMOTE,
      );
    },

    afterUnload: (room) => {
      compactor.forget(room);
      marks.forget(room);
      sizes.forget(room);
    },

    describe: (room) => ({
      pendingUpdates: compactor.pending(room),
      storedBytes: sizes.bytes(room),
    }),
  };
}
