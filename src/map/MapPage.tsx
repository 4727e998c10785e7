import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../app/api.ts';
import { mapCredential } from '../app/credentials.ts';
import { loadIdentity } from '../app/identity.ts';
import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import { setMeta, type MapDoc } from '../doc/index.ts';
import { useSessionState, useSyncSession } from '../sync/useSyncSession.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { MapProvider } from './MapContext.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopBar } from './TopBar.tsx';
import { useShortcuts } from './useShortcuts.ts';
import { useUndo } from './useUndo.ts';
import { createUiStore } from './uiStore.ts';
import { useMapDocument } from './useMapDocument.ts';
import { useMapState } from './useMapState.ts';

/** The editor for one map: loads it, connects it, and shows the canvas. */
export function MapPage() {
  const { mapId = '' } = useParams();
  const [missing, setMissing] = useState(false);
  const doc = useMapDocument(mapId);

  useEffect(() => {
    let live = true;
    api.getMap(mapId).catch(() => live && setMissing(true));
    return () => {
      live = false;
    };
  }, [mapId]);

  if (missing) return <MissingMap />;
  if (!doc) return null;
  return <Editor key={mapId} mapId={mapId} doc={doc} />;
}

function Editor({ mapId, doc }: { mapId: string; doc: MapDoc }) {
  const identity = useMemo(loadIdentity, []);
  const ui = useMemo(createUiStore, []);
  const session = useSyncSession(doc, mapId, identity, mapCredential(mapId));
  const { status, synced, peerCount } = useSessionState(session);
  const map = useMapState(doc);
  const history = useUndo(doc);
  const readOnly = false;
  useShortcuts({ doc, map, ui, undo: history.undo, redo: history.redo, readOnly });

  useEffect(() => {
    document.title = `${map.meta.title} · Trailmap`;
  }, [map.meta.title]);

  return (
    <MapProvider doc={doc} ui={ui}>
      <div className="flex h-screen flex-col">
        <TopBar
          title={synced ? map.meta.title : 'Loading…'}
          status={status}
          peerCount={peerCount}
          onRename={(title) => setMeta(doc, { title })}
        />
        <Toolbar
          map={map}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
          onUndo={history.undo}
          onRedo={history.redo}
          readOnly={readOnly}
        />
        <main className="relative min-h-0 flex-1">
          {synced && <SidePanel map={map} readOnly={readOnly} />}
          {synced ? (
            <JourneyCanvas map={map} />
          ) : (
            <div className="flex h-full items-center justify-center text-lg text-slate-500">
              Loading map…
            </div>
          )}
        </main>
        <ConfirmDialog />
      </div>
    </MapProvider>
  );
}

function MissingMap() {
  return (
    <div className="flex h-screen flex-col items-center justify-center gap-4 bg-slate-50">
      <h1 className="text-2xl font-semibold text-slate-900">This map does not exist</h1>
      <p className="text-slate-600">It may have been deleted, or the link is mistyped.</p>
      <Link
        to="/"
        className="rounded-lg bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700"
      >
        All maps
      </Link>
    </div>
  );
}
