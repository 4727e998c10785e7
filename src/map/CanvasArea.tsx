import { JourneyCanvas } from '../canvas/JourneyCanvas.tsx';
import type { MapState } from '../doc/index.ts';
import { useUi } from '../editor/MapContext.tsx';
import { PastCanvas } from '../history/PastCanvas.tsx';
import { LIVE_CANVAS, PAST_CANVAS } from './features.ts';

/** The live canvas, or a past state of the map shown read-only in its place. */
export function CanvasArea({ map, spotlight }: { map: MapState; spotlight: number | null }) {
  const past = useUi((s) => s.past);
  if (!past) return <JourneyCanvas map={map} slots={LIVE_CANVAS} spotlight={spotlight} />;
  return <PastCanvas past={past} slots={PAST_CANVAS} />;
}
