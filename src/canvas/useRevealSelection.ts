import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import type { FlowLayerEdge } from './layerEdges.ts';
import { revealedViewport } from './reveal.ts';

/**
 * Pans the selected card, stage, lane or connection into view when the arrow keys or a panel
 * selected it off screen (large maps draw only what is on screen, so it would not even exist).
 * A click on the canvas (its id left in `clicked`) moves nothing, nor does following a colleague.
 * When the canvas narrows (a panel docks beside it), the selection is kept in view too.
 */
export function useRevealSelection(clicked: RefObject<string | null>): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const ui = useUiStore();
  const kind = useUi((s) => s.selection?.kind ?? null);
  const id = useUi((s) => s.selection?.id ?? null);
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const pane = useRef({ width: paneWidth, height: paneHeight });

  useEffect(() => {
    const resized = pane.current.width !== paneWidth || pane.current.height !== paneHeight;
    pane.current = { width: paneWidth, height: paneHeight };
    if (clicked.current === id && id && !resized) return;
    // Selecting it again later by keyboard should reveal it.
    clicked.current = null;
    if (!kind || !id) return;
    // After this render's nodes reached React Flow: a card made with "n" is new there too.
    const frame = requestAnimationFrame(() => {
      if (ui.getState().following !== null) return;
      // A selected connection is revealed by the card it starts from.
      const nodeId =
        kind === 'connection'
          ? flow.getEdges().find((e) => (e.data as FlowLayerEdge['data'])?.edge.id === id)?.source
          : `${kind}:${id}`;
      const node = nodeId ? flow.getInternalNode(nodeId) : undefined;
      if (!node) return;
      const { width, height, transform } = store.getState();
      const box = {
        ...node.internals.positionAbsolute,
        width: node.width ?? node.measured.width ?? 0,
        height: node.height ?? node.measured.height ?? 0,
      };
      const [x, y, zoom] = transform;
      const next = revealedViewport({ x, y, zoom }, box, width, height);
      // Linear: the default flight zooms out on the way, and a quick run of arrow keys
      // would leave the view at a zoom from the middle of a flight.
      if (next) void flow.setViewport(next, { duration: 200, interpolate: 'linear' });
    });
    return () => cancelAnimationFrame(frame);
  }, [kind, id, paneWidth, paneHeight, clicked, flow, store, ui]);
}
