import { useEffect, useRef, useState } from 'react';
import { getNodesBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useUiStore } from '../editor/MapContext.tsx';
import { openingViewport } from './camera.ts';
import type { JourneyNode } from './nodes.ts';

/** How the canvas fits the map in the window: a little margin, never zoomed in past 1. */
export const FIT = { padding: 0.08, maxZoom: 1 };

/**
 * Opens the view once when the map first has stages (on opening, or when the server's copy
 * arrives) and the pane has its size: at a zoom where card titles are readable, showing the
 * first stages (see openingViewport). `fitAll` opens it fitted instead (the canvas no longer
 * asks for that: a long map fitted opened on its middle, unreadable).
 *
 * Returns whether the view is open: until then the canvas hands React Flow no nodes, since
 * nodes drawn before the pane is measured are all drawn (nothing can be culled yet), in full —
 * 2,000 card nodes made and thrown away on every opening of a big map.
 */
export function useFitWhenContentArrives(
  hasStages: boolean,
  nodes: JourneyNode[],
  fitAll: boolean,
): boolean {
  const flow = useReactFlow();
  const store = useStoreApi();
  const ui = useUiStore();
  const measured = useStore((s) => s.width > 0 && s.height > 0);
  const [opened, setOpened] = useState(false);
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || !hasStages || !measured) return;
    fitted.current = true;
    // Someone following a colleague keeps their view.
    if (ui.getState().following === null) {
      const { width, height, minZoom } = store.getState();
      const bounds = getNodesBounds(nodes.filter((n) => n.type !== 'add'));
      void flow.setViewport(openingViewport(bounds, width, height, fitAll, minZoom));
    }
    setOpened(true);
  }, [hasStages, measured, nodes, fitAll, flow, store, ui]);
  // A map without stages has only its "add" buttons: nothing to open the view on.
  return opened || !hasStages;
}
