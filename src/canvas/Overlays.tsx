import { memo } from 'react';
import { Panel } from '@xyflow/react';
import type { MapState } from '../doc/index.ts';
import type { CanvasOverlay } from './slots.ts';

/** The features' overlays at their places on screen; re-rendered only when the map changes. */
export const Overlays = memo(function Overlays({
  overlays,
  map,
}: {
  overlays: readonly CanvasOverlay[];
  map: MapState;
}) {
  return overlays.map(({ id, position, Component }) => (
    <Panel key={id} position={position}>
      <Component map={map} />
    </Panel>
  ));
});
