/*
 * Versions: automatic versions as edits settle, named versions, the history API, and
 * restore as a forward edit everyone receives; a new map's history starts at its creation.
 */
import { SERVER_EVENTS } from '../../../src/doc/index.ts';
import { UpdateRejected } from '../../collab/peer.ts';
import type { ServerContext } from '../../context.ts';
import type { Extension } from '../../extension.ts';
import { AutoVersions } from './autoVersions.ts';
import { createRecorder } from './recorder.ts';
import { writesTopLevel } from './serverOnly.ts';
import { versionRoutes } from './routes.ts';
import { createVersions } from './versions.ts';

/** The versions extension; automatic versions settle `config.autoVersionDelayMs` after an edit. */
export function versions(context: ServerContext): Extension {
  const { store, rooms, guards, config, log, conversions, events } = context;
  const base = createRecorder(store);
  // Named versions are news for subscribers (webhooks); automatic ones are not.
  const recorder: typeof base = {
    ...base,
    async record(mapId, doc, input) {
      const version = await base.record(mapId, doc, input);
      if (version && !version.auto) {
        const { id, name, note, authors, summary } = version;
        const at = new Date(version.createdAt).toISOString();
        events.emit({
          type: 'version.saved',
          mapId,
          data: { id, name, note, authors, summary, at },
        });
      }
      return version;
    },
  };
  const autoVersions = new AutoVersions({
    delayMs: config.autoVersionDelayMs,
    record: (room, authors) =>
      recorder.record(room.name.mapId, room.doc, { name: null, note: '', auto: true, authors }),
    log,
  });
  const api = createVersions({ store, rooms, recorder, autoVersions, conversions });

  return {
    name: 'versions',
    // Who restored what is the server's to say: a client cannot write the restore mark.
    beforeApply(room, _peer, update) {
      if (room.name.kind === 'content' && writesTopLevel(room.doc, update, SERVER_EVENTS))
        throw new UpdateRejected('Only the server records restores');
    },
    onChange: (room, _update, origin) => autoVersions.edited(room, origin),
    onDisconnect: (room) => void autoVersions.peerLeft(room),
    beforeUnload: (room) => autoVersions.settle(room),
    afterUnload: (room) => autoVersions.stop(room),
    // The history starts with the map as created: the first edits have something to compare to.
    mapCreated: async (map, state) => void (await recorder.created(map.id, state)),
    routes: (router) => versionRoutes(router, guards, api),
  };
}
