import { useEffect, useRef } from 'react';
import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useUiStore } from '../editor/MapContext.tsx';
import { openingViewport } from './camera.ts';
import type { JourneyNode } from './nodes.ts';

/** How the canvas fits the map in the window: a little margin, never zoomed in past 1. */
export const FIT = { padding: 0.08, maxZoom: 1 };

/**
 * Opens the view once when the map first has stages (on opening, or when the server's copy
 * arrives), before its nodes are first drawn: at a zoom where card titles are readable,
 * showing the first stages (see openingViewport). `fitAll` opens it fitted instead (the
 * canvas no longer asks for that: a long map fitted opened on its middle, unreadable).
 */
export function useFitWhenContentArrives(
  hasStages: boolean,
  nodes: JourneyNode[],
  fitAll: boolean,
) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const ui = useUiStore();
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !hasStages) return;
    fitted.current = true;
    // Someone following a colleague keeps their view.
    if (ui.getState().following !== null) return;
    const open = () => {
      const { width, height, minZoom } = store.getState();
      if (width <= 0 || height <= 0) return;
      const bounds = getNodesBounds(nodes.filter((n) => n.type !== 'add'));
      void flow.setViewport(openingViewport(bounds, width, height, fitAll, minZoom));
    };
    // The nodes reach React Flow in the next render; their sizes are known already.
    open();
    // Once more after the first paint: the pane may have been measured only then.
    requestAnimationFrame(open);
  }, [hasStages, nodes, fitAll, flow, store, ui]);
}
