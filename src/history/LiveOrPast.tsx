import { useMemo } from 'react';
import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import type { MapState } from '../doc/index.ts';
import { MapProvider, useMapDoc, useUi, useUiStore } from '../map/MapContext.tsx';
import { compareMaps } from './compare.ts';

const NO_THREADS: ReadonlyMap<string, number> = new Map();

/** The live canvas, or a past state of the map shown read-only in its place. */
export function LiveOrPast(props: {
  map: MapState;
  threadCounts: ReadonlyMap<string, number>;
  spotlight: number | null;
}) {
  const past = useUi((s) => s.past);
  if (!past) return <JourneyCanvas {...props} />;
  return <PastCanvas map={past.map} before={past.before} label={past.versionId ?? past.label} />;
}

/** A version, or the later of two compared states with its changes marked. */
function PastCanvas({ map, before, label }: { map: MapState; before?: MapState; label: string }) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const comparison = useMemo(() => (before ? compareMaps(before, map) : null), [before, map]);
  return (
    // Nothing about the past can be edited: the canvas is mounted without edit rights.
    <MapProvider doc={doc} ui={ui} canEdit={false}>
      <JourneyCanvas
        key={label}
        map={comparison?.shown ?? map}
        marks={comparison?.marks}
        threadCounts={NO_THREADS}
        spotlight={null}
      />
    </MapProvider>
  );
}
