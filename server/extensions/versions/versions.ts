import { diffMaps, markRestore, readMap, restoreMap, summarize } from '../../../src/doc/index.ts';
import type { RoomManager } from '../../collab/roomManager.ts';
import type { Conversions } from '../../conversion/index.ts';
import { contentRoom } from '../../ids.ts';
import type { Store, VersionRecord } from '../../store/store.ts';
import { storedDoc } from '../../storedDoc.ts';
import type { AutoVersions } from './autoVersions.ts';
import type { Recorder } from './recorder.ts';
import { readState } from './states.ts';

/* Version operations behind the HTTP API: list, save, read one, restore. */

/** What a restore did, or what was missing for it. */
export type RestoreResult =
  | { ok: true; restoredFrom: string; backupVersionId: string }
  | { ok: false; missing: 'map' | 'version' };

/** The version history of every map. */
export interface Versions {
  /** The map's versions, newest first; null if there is no such map. */
  list(mapId: string): Promise<VersionRecord[] | null>;
  /** Saves a named version of the map as it is now; null if there is no such map. */
  save(mapId: string, name: string, note: string): Promise<VersionRecord | null>;
  /**
   * The map as one of its versions held it, as export JSON (UTF-8, converted off the event
   * loop); null if the map or version is missing.
   */
  exportJson(mapId: string, versionId: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /**
   * Saves the current state as a (kept) version, then makes the live map equal to the
   * version as a new edit that every connected client receives; credited to `actor`.
   */
  restore(mapId: string, versionId: string, actor: string): Promise<RestoreResult>;
}

/** What the version operations work on. */
export interface VersionsDeps {
  store: Store;
  rooms: RoomManager;
  recorder: Recorder;
  autoVersions: AutoVersions;
  conversions: Conversions;
}

/** How a version is called in the name of the backup made before restoring it. */
function labelOf(version: VersionRecord): string {
  if (version.name) return version.name;
  const when = new Date(version.createdAt).toLocaleString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return `${version.auto ? 'Automatic' : 'Saved'} · ${when} UTC`;
}

const named = (name: string, note: string, authors: string[]) => ({
  name,
  note,
  auto: false,
  authors,
});

/** Binds the version operations to the store and the live rooms. */
export function createVersions({
  store,
  rooms,
  recorder,
  autoVersions,
  conversions,
}: VersionsDeps): Versions {
  return {
    list: async (mapId) => ((await store.maps.get(mapId)) ? store.versions.list(mapId) : null),

    async save(mapId, name, note) {
      if (!(await store.maps.get(mapId))) return null;
      const live = rooms.peek(contentRoom(mapId).name);
      if (live) {
        // The edits since the last version are in this one: the pending span ends here.
        return recorder.record(mapId, live.doc, named(name, note, autoVersions.take(mapId)));
      }
      // Saving a version must not load the room: read the stored document instead.
      const doc = await storedDoc(store, mapId);
      try {
        return await recorder.record(mapId, doc, named(name, note, []));
      } finally {
        doc.destroy();
      }
    },

    async exportJson(mapId, versionId) {
      const state = await store.versions.state(mapId, versionId);
      return state ? conversions.exportMap([state]) : null;
    },

    async restore(mapId, versionId, actor) {
      if (!(await store.maps.get(mapId))) return { ok: false, missing: 'map' };
      const version = await store.versions.get(mapId, versionId);
      const state = version && (await store.versions.state(mapId, versionId));
      if (!version || !state) return { ok: false, missing: 'version' };
      const target = readState(state);
      const label = labelOf(version);
      const room = await rooms.acquire(contentRoom(mapId));
      try {
        // The safety copy says what the restore is about to replace (not what changed since
        // the version before it, which may be nothing).
        const replaced = summarize(diffMaps(target, readMap(room.doc)));
        const backup = await recorder.record(mapId, room.doc, {
          ...named(`Before restoring “${label}”`, '', autoVersions.take(mapId)),
          summary:
            replaced === 'No changes'
              ? `Same as “${label}”: the restore changed nothing`
              : `Replaced by the restore: ${replaced}`,
        });
        if (!backup) throw new Error('a named version was not recorded');
        await room.change(actor, (doc) => {
          restoreMap(doc, target);
          markRestore(doc, { version: label, by: actor, at: Date.now() });
        });
        // The restore is an entry of its own, credited to whoever made it; its summary is
        // what it changed (against the safety copy just made).
        await recorder.record(
          mapId,
          room.doc,
          named(`Restored “${label}”`, '', [...new Set([actor, ...autoVersions.take(mapId)])]),
        );
        return { ok: true, restoredFrom: version.id, backupVersionId: backup.id };
      } finally {
        rooms.release(room);
      }
    },
  };
}
