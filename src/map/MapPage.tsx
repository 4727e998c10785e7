import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api, isRole, type Role } from '../api/client.ts';
import {
  mapCredential,
  rememberAccess,
  rememberedAccess,
  workspaceKey,
} from '../api/credentials.ts';
import { loadIdentity, saveName, type Identity } from '../sync/identity.ts';
import { setMeta, type MapDoc } from '../doc/index.ts';
import { useSessionState, useSyncSession } from '../sync/useSyncSession.ts';
import { CommentsProvider } from '../comments/CommentsContext.tsx';
import { OpenThreadsProvider } from '../comments/OpenThreadsContext.tsx';
import { useComments } from '../comments/useComments.ts';
import { openThreadCounts } from '../comments/useThreads.ts';
import { PresenceProvider } from '../editor/PresenceContext.tsx';
import { MapProvider } from '../editor/MapContext.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { Notice } from './Notice.tsx';
import { Workspace } from './Workspace.tsx';
import { useVoting } from '../workshop/voting/useVoting.ts';
import { VotingProvider } from '../workshop/voting/VotingContext.tsx';
import { createUiStore } from '../editor/uiStore.ts';
import { useMapDocument } from './useMapDocument.ts';
import { useMapState } from './useMapState.ts';
import { useParticipant, type ParticipantState } from './useParticipant.ts';
import { useShortcuts } from './useShortcuts.ts';
import { useUndo } from './useUndo.ts';

type Access =
  | { state: 'loading' }
  /** `offline`: the server could not be asked; this is what it said last time. */
  | { state: 'ok'; role: Role; title: string; offline: boolean }
  | { state: 'missing' }
  | { state: 'denied' };

/** The editor for one map: checks access, loads and connects it, and shows the canvas. */
export function MapPage() {
  const { mapId = '' } = useParams();
  const [access, setAccess] = useState<Access>({ state: 'loading' });
  const [identity, setIdentity] = useState<Identity>(loadIdentity);
  const doc = useMapDocument(mapId);
  const commentsDoc = useMapDocument(`${mapId}.comments`);
  const workshopDoc = useMapDocument(`${mapId}.workshop`);

  useEffect(() => {
    let live = true;
    api.access(mapId).then(
      ({ role, title }) => {
        rememberAccess(mapId, { role, title });
        if (live) setAccess({ state: 'ok', role, title, offline: false });
      },
      (e: unknown) => {
        if (!live) return;
        // Offline (no answer at all): reopen with what the server said last time, so the
        // copy on this device can be used; the server still checks on reconnect.
        const known = e instanceof ApiError ? null : rememberedAccess(mapId);
        if (known && isRole(known.role))
          setAccess({ state: 'ok', role: known.role, title: known.title, offline: true });
        else
          setAccess(
            e instanceof ApiError && e.status === 404 ? { state: 'missing' } : { state: 'denied' },
          );
      },
    );
    return () => {
      live = false;
    };
  }, [mapId]);

  if (access.state === 'missing') {
    return (
      <Notice
        title="This map does not exist"
        body="It may have been deleted, or the link is mistyped."
      />
    );
  }
  if (access.state === 'denied') {
    return (
      <Notice
        title="You need a link to open this map"
        body="Ask the person who shared it for a fresh link: yours may have been revoked, or you are not signed in to this workspace."
      />
    );
  }
  if (access.state === 'loading' || !doc || !commentsDoc || !workshopDoc) return null;
  if (!identity.chosen && !workspaceKey()) {
    return <NamePrompt title={access.title} onDone={(name) => setIdentity(saveName(name))} />;
  }
  return (
    <Joining
      key={mapId}
      mapId={mapId}
      offline={access.offline}
      identity={identity}
      onRename={setIdentity}
      docs={{ doc, commentsDoc, workshopDoc }}
      role={access.role}
    />
  );
}

interface MapDocs {
  doc: MapDoc;
  commentsDoc: MapDoc;
  workshopDoc: MapDoc;
}

/** Joins the map as a participant (see useParticipant), then opens the editor. */
function Joining({
  mapId,
  offline,
  identity,
  onRename,
  docs,
  role,
}: {
  mapId: string;
  offline: boolean;
  identity: Identity;
  onRename(identity: Identity): void;
  docs: MapDocs;
  role: Role;
}) {
  const participant = useParticipant(
    mapId,
    { name: identity.name, color: identity.color },
    offline,
  );
  if (!participant.ready) return null;
  return (
    <Editor
      mapId={mapId}
      {...docs}
      role={role}
      participant={participant}
      identity={identity}
      onRename={onRename}
    />
  );
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

function Editor({
  mapId,
  doc,
  commentsDoc,
  workshopDoc,
  role,
  participant,
  identity,
  onRename,
}: MapDocs & {
  mapId: string;
  role: Role;
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
  const { status, loaded, peerCount } = useSessionState(session);
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
              <Workspace
                mapId={mapId}
                map={map}
                role={role}
                canEdit={canEdit}
                session={session}
                status={status}
                peerCount={peerCount}
                loaded={loaded}
                history={history}
                threads={comments.threads}
                you={{ name: you.name, color: you.color, rename: renameMe }}
                onRename={(title) => setMeta(doc, { title })}
              />
            </OpenThreadsProvider>
          </VotingProvider>
        </CommentsProvider>
      </PresenceProvider>
    </MapProvider>
  );
}
