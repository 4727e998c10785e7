import { useEffect, useRef } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useUiStore } from '../editor/MapContext.tsx';
import type { JourneyNode } from './nodes.ts';

/** How the canvas fits the map in the window: a little margin, never zoomed in past 1. */
export const FIT = { padding: 0.08, maxZoom: 1 };

/**
 * Fits the view once when the map first has stages (on opening, or when the server's copy
 * arrives), before its nodes are first drawn: a large map's cards then start as sketches at
 * the fitted zoom instead of in full at zoom 1.
 */
export function useFitWhenContentArrives(hasStages: boolean, nodes: JourneyNode[]) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const ui = useUiStore();
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !hasStages) return;
    fitted.current = true;
    // Someone following a colleague keeps their view.
    if (ui.getState().following !== null) return;
    // The nodes reach React Flow in the next render; their sizes are known already.
    const { width, height, minZoom } = store.getState();
    if (width > 0 && height > 0) {
      const bounds = getNodesBounds(nodes);
      void flow.setViewport(
        getViewportForBounds(bounds, width, height, minZoom, FIT.maxZoom, FIT.padding),
      );
    }
    requestAnimationFrame(() => void flow.fitView(FIT));
  }, [hasStages, nodes, flow, store, ui]);
}
