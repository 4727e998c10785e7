import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import type { MapState } from '../doc/index.ts';
import { MapProvider, useMapDoc, useUi, useUiStore } from '../map/MapContext.tsx';

const NO_THREADS: ReadonlyMap<string, number> = new Map();

/** The live canvas, or a past state of the map shown read-only in its place. */
export function LiveOrPast(props: {
  map: MapState;
  threadCounts: ReadonlyMap<string, number>;
  spotlight: number | null;
}) {
  const past = useUi((s) => s.past);
  const doc = useMapDoc();
  const ui = useUiStore();
  if (!past) return <JourneyCanvas {...props} />;
  return (
    // Nothing about the past can be edited: the canvas is mounted without edit rights.
    <MapProvider doc={doc} ui={ui} canEdit={false}>
      <JourneyCanvas
        key={past.versionId ?? past.label}
        map={past.map}
        threadCounts={NO_THREADS}
        spotlight={null}
      />
    </MapProvider>
  );
}
