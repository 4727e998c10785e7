import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, api, isRole, type Role } from '../api/client.ts';
import { rememberAccess, rememberedAccess, workspaceKey } from '../api/credentials.ts';
import { loadIdentity, saveName, type Identity } from '../sync/identity.ts';
import { MapEditor, type MapDocs } from './MapEditor.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { Notice } from './Notice.tsx';
import { useMapDocument } from './useMapDocument.ts';
import { useParticipant } from './useParticipant.ts';

type Access =
  | { state: 'loading' }
  /** `offline`: the server could not be asked; this is what it said last time. */
  | { state: 'ok'; role: Role; title: string; history: boolean; offline: boolean }
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
      ({ role, title, history }) => {
        rememberAccess(mapId, { role, title, history });
        if (live) setAccess({ state: 'ok', role, title, history, offline: false });
      },
      (e: unknown) => {
        if (!live) return;
        // Offline (no answer at all): reopen with what the server said last time, so the
        // copy on this device can be used; the server still checks on reconnect.
        const known = e instanceof ApiError ? null : rememberedAccess(mapId);
        if (known && isRole(known.role))
          setAccess({ ...known, role: known.role, state: 'ok', offline: true });
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
      readsHistory={access.history}
    />
  );
}

/** Joins the map as a participant (see useParticipant), then opens the editor. */
function Joining({
  mapId,
  offline,
  identity,
  onRename,
  docs,
  role,
  readsHistory,
}: {
  mapId: string;
  offline: boolean;
  identity: Identity;
  onRename(identity: Identity): void;
  docs: MapDocs;
  role: Role;
  /** Whether this credential may read the version history. */
  readsHistory: boolean;
}) {
  const participant = useParticipant(
    mapId,
    { name: identity.name, color: identity.color },
    offline,
  );
  if (!participant.ready) return null;
  return (
    <MapEditor
      mapId={mapId}
      {...docs}
      role={role}
      readsHistory={readsHistory}
      participant={participant}
      identity={identity}
      onRename={onRename}
    />
  );
}
