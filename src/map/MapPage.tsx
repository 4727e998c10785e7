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
import { openThreadCounts, useThreads } from '../comments/useThreads.ts';
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
import { useShortcuts } from './useShortcuts.ts';
import { useUndo } from './useUndo.ts';

type Access =
  | { state: 'loading' }
  | { state: 'ok'; role: Role; title: string }
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
        if (live) setAccess({ state: 'ok', role, title });
      },
      (e: unknown) => {
        if (!live) return;
        // Offline (no answer at all): reopen with what the server said last time, so the
        // copy on this device can be used; the server still checks on reconnect.
        const known = e instanceof ApiError ? null : rememberedAccess(mapId);
        if (known && isRole(known.role))
          setAccess({ state: 'ok', role: known.role, title: known.title });
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
    <Editor
      key={mapId}
      mapId={mapId}
      doc={doc}
      commentsDoc={commentsDoc}
      workshopDoc={workshopDoc}
      role={access.role}
      identity={identity}
    />
  );
}

function Editor({
  mapId,
  doc,
  commentsDoc,
  workshopDoc,
  role,
  identity,
}: {
  mapId: string;
  doc: MapDoc;
  commentsDoc: MapDoc;
  workshopDoc: MapDoc;
  role: Role;
  identity: Identity;
}) {
  const ui = useMemo(createUiStore, []);
  const presence = useMemo(() => ({ name: identity.name, color: identity.color }), [identity]);
  const session = useSyncSession(doc, mapId, presence, mapCredential(mapId));
  const { status, loaded, peerCount } = useSessionState(session);
  useSyncSession(commentsDoc, `${mapId}.comments`, null, mapCredential(mapId));
  const threads = useThreads(commentsDoc);
  useSyncSession(workshopDoc, `${mapId}.workshop`, null, mapCredential(mapId));
  const voting = useVoting(mapId, workshopDoc, role !== 'viewer');
  const threadCounts = useMemo(() => openThreadCounts(threads), [threads]);
  const author = useMemo(
    () => ({ id: identity.id, name: identity.name, color: identity.color }),
    [identity],
  );
  const map = useMapState(doc);
  const history = useUndo(doc);
  const canEdit = role === 'owner' || role === 'editor';
  useShortcuts({ doc, map, ui, undo: history.undo, redo: history.redo, readOnly: !canEdit });

  useEffect(() => {
    document.title = `${map.meta.title} · Trailmap`;
  }, [map.meta.title]);

  return (
    <MapProvider doc={doc} ui={ui} canEdit={canEdit}>
      <PresenceProvider session={session}>
        <CommentsProvider
          value={{ doc: commentsDoc, mapId, author, canComment: role !== 'viewer' }}
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
                threads={threads}
                onRename={(title) => setMeta(doc, { title })}
              />
            </OpenThreadsProvider>
          </VotingProvider>
        </CommentsProvider>
      </PresenceProvider>
    </MapProvider>
  );
}
