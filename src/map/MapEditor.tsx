import { useEffect, useMemo } from 'react';
import type { Role } from '../api/client.ts';
import { mapCredential } from '../api/credentials.ts';
import { CommentsProvider } from '../comments/CommentsContext.tsx';
import { OpenThreadsProvider } from '../comments/OpenThreadsContext.tsx';
import { useComments } from '../comments/useComments.ts';
import { openThreadCounts } from '../comments/useThreads.ts';
import { setMeta, type MapDoc } from '../doc/index.ts';
import { MapProvider } from '../editor/MapContext.tsx';
import { PresenceProvider } from '../editor/PresenceContext.tsx';
import { createUiStore } from '../editor/uiStore.ts';
import { saveName, type Identity } from '../sync/identity.ts';
import { useSessionState, useSyncSession } from '../sync/useSyncSession.ts';
import { useVoting } from '../workshop/voting/useVoting.ts';
import { VotingProvider } from '../workshop/voting/VotingContext.tsx';
import { ObservedProvider } from '../observed/ObservedProvider.tsx';
import { useMapState } from './useMapState.ts';
import type { ParticipantState } from './useParticipant.ts';
import { useSchemaMigration } from './useSchemaMigration.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useUndo } from './useUndo.ts';
import { Workspace } from './Workspace.tsx';

/** A map's three documents: content, comments (server-written) and workshop (server-written). */
export interface MapDocs {
  doc: MapDoc;
  commentsDoc: MapDoc;
  workshopDoc: MapDoc;
}

/** Lets the console (and a browser test) reach the map's documents: `window.trailmap`. */
function useDebugHandles(docs: MapDocs) {
  const { doc, commentsDoc, workshopDoc } = docs;
  useEffect(() => {
    const handles = { doc, commentsDoc, workshopDoc };
    const w = window as { trailmap?: MapDocs };
    w.trailmap = handles;
    return () => {
      if (w.trailmap === handles) delete w.trailmap;
    };
  }, [doc, commentsDoc, workshopDoc]);
}

/** The editor of a joined map: connects its documents and provides what the features need. */
export function MapEditor({
  mapId,
  doc,
  commentsDoc,
  workshopDoc,
  role,
  readsHistory,
  participant,
  identity,
  onRename,
}: MapDocs & {
  mapId: string;
  role: Role;
  /** Whether this credential may read the version history. */
  readsHistory: boolean;
  participant: ParticipantState;
  identity: Identity;
  onRename(identity: Identity): void;
}) {
  const ui = useMemo(createUiStore, []);
  const { handle, joined } = participant;
  // Presence shows the name the server holds for us, so presence and comments agree.
  const you = useMemo(
    () => ({
      id: joined?.participant.id ?? '',
      name: joined?.participant.name ?? identity.name,
      color: joined?.participant.color ?? identity.color,
    }),
    [joined, identity],
  );
  const presence = useMemo(() => ({ name: you.name, color: you.color }), [you]);
  const canEdit = role === 'owner' || role === 'editor';
  const connection = { token: mapCredential(mapId), participant: joined?.token ?? null };
  // Rooms this browser may not write keep on this device only what the server sent.
  const session = useSyncSession(doc, mapId, presence, {
    ...connection,
    offlineCopy: canEdit ? 'all' : 'from-server',
  });
  const { status, loaded, synced, peerCount } = useSessionState(session);
  useSchemaMigration(doc, synced, canEdit);
  useSyncSession(commentsDoc, `${mapId}.comments`, null, {
    ...connection,
    offlineCopy: 'from-server',
  });
  useSyncSession(workshopDoc, `${mapId}.workshop`, null, {
    ...connection,
    offlineCopy: 'from-server',
  });
  useDebugHandles({ doc, commentsDoc, workshopDoc });
  const comments = useComments(mapId, commentsDoc, handle, you);
  const voting = useVoting(handle, workshopDoc, role !== 'viewer');
  const threadCounts = useMemo(() => openThreadCounts(comments.threads), [comments.threads]);
  const map = useMapState(doc);
  const history = useUndo(doc);
  useShortcuts({ doc, map, ui, undo: history.undo, redo: history.redo, readOnly: !canEdit });

  useEffect(() => {
    document.title = `${map.meta.title} · Trailmap`;
  }, [map.meta.title]);

  const renameMe = async (name: string) => {
    const next = saveName(name);
    onRename(next);
    await handle.rename({ name: next.name, color: next.color });
  };

  return (
    <MapProvider doc={doc} ui={ui} canEdit={canEdit}>
      <PresenceProvider session={session}>
        <CommentsProvider
          value={{
            mapId,
            threads: comments.threads,
            me: joined?.participant.id ?? null,
            canComment: role !== 'viewer',
            canModerate: canEdit,
            submit: comments.submit,
            discard: comments.discard,
          }}
        >
          <VotingProvider voting={voting}>
            <OpenThreadsProvider counts={threadCounts}>
              <ObservedProvider
                mapId={mapId}
                map={map}
                canEdit={canEdit}
                participant={joined?.token ?? null}
              >
                <Workspace
                  mapId={mapId}
                  map={map}
                  role={role}
                  readsHistory={readsHistory}
                  canEdit={canEdit}
                  session={session}
                  status={status}
                  peerCount={peerCount}
                  loaded={loaded}
                  history={history}
                  threads={comments.threads}
                  you={{
                    name: you.name,
                    color: you.color,
                    chosen: identity.chosen,
                    rename: renameMe,
                  }}
                  onRename={(title) => setMeta(doc, { title })}
                />
              </ObservedProvider>
            </OpenThreadsProvider>
          </VotingProvider>
        </CommentsProvider>
      </PresenceProvider>
    </MapProvider>
  );
}
