import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/client.ts';
import { mapCredential } from '../api/credentials.ts';
import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import { MapProvider } from '../editor/MapContext.tsx';
import { PresenceProvider } from '../editor/PresenceContext.tsx';
import { createUiStore } from '../editor/uiStore.ts';
import { useSessionState, useSyncSession } from '../sync/useSyncSession.ts';
import { EMBED_CANVAS } from './features.ts';
import { useMapDocument } from './useMapDocument.ts';
import { useMapState } from './useMapState.ts';
import type { MapDoc } from '../doc/index.ts';

/*
 * `/embed/<mapId>?token=<viewer token>`: the live map alone, read-only and without the app's
 * chrome, for an iframe in a wiki or an intranet page. It follows edits as they happen, takes
 * no part in presence, and keeps nothing on the device.
 */
export function EmbedPage() {
  const { mapId = '' } = useParams();
  const doc = useMapDocument(mapId);
  if (!doc) return null;
  return <EmbeddedMap key={mapId} mapId={mapId} doc={doc} />;
}

function EmbeddedMap({ mapId, doc }: { mapId: string; doc: MapDoc }) {
  const ui = useMemo(createUiStore, []);
  const session = useSyncSession(doc, mapId, null, {
    token: mapCredential(mapId),
    participant: null,
    offlineCopy: 'none',
  });
  const { loaded } = useSessionState(session);
  const map = useMapState(doc);
  // The server decides; asking it once lets a revoked embed say so instead of staying blank.
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let live = true;
    api.access(mapId).catch(() => live && setRefused(true));
    return () => {
      live = false;
    };
  }, [mapId]);
  useEffect(() => {
    document.title = `${map.meta.title} · Trailmap`;
  }, [map.meta.title]);
  return (
    <main
      className="relative h-screen w-screen overflow-hidden bg-white"
      aria-label="Embedded journey map"
    >
      <h1 className="sr-only">{map.meta.title}</h1>
      {refused ? (
        <p role="alert" className="p-6 text-slate-700">
          This embed’s link no longer opens the map: ask its owner for a new embed code.
        </p>
      ) : (
        <MapProvider doc={doc} ui={ui} canEdit={false}>
          {/* No presence: readers of an embedded map are not collaborators. */}
          <PresenceProvider session={null}>
            {loaded && <JourneyCanvas map={map} slots={EMBED_CANVAS} spotlight={null} />}
          </PresenceProvider>
        </MapProvider>
      )}
      <a
        href={`/maps/${encodeURIComponent(mapId)}`}
        target="_blank"
        rel="noreferrer"
        className="absolute top-3 right-3 rounded-md bg-white/90 px-2 py-1 text-xs font-medium text-indigo-700 shadow ring-1 ring-slate-200 hover:bg-indigo-50"
      >
        Open in Trailmap
      </a>
    </main>
  );
}
