import { useCallback, useMemo, type RefObject } from 'react';
import type { Connection, EdgeMouseHandler, IsValidConnection, OnConnect } from '@xyflow/react';
import type { MapState } from '../doc/index.ts';
import { useUiStore } from '../editor/MapContext.tsx';
import type { FlowLayerEdge } from './layerEdges.ts';
import type { CanvasSlots } from './slots.ts';

const cardOf = (nodeId: string | null | undefined) =>
  nodeId?.startsWith('card:') ? nodeId.slice(5) : null;

// A line joins two different cards; anything else is refused while it is drawn.
const isValidConnection: IsValidConnection = (c) =>
  c.source !== c.target && !!cardOf(c.source) && !!cardOf(c.target);

/**
 * What the canvas does with lines: drawing a new one from card to card (when a feature offers
 * a connector and this person may edit), and selecting one with a click (selectable layers).
 */
export function useEdgeHandlers(
  { connector, edgeLayers }: CanvasSlots,
  map: MapState,
  /** Where a click leaves what it selected, so that the view does not jump to it. */
  clicked: RefObject<string | null>,
) {
  const ui = useUiStore();
  // The connector is a module constant, so this hook runs on every render or never.
  const connect = connector?.useConnect(map) ?? null;

  const onConnect: OnConnect = useCallback(
    ({ source, target }: Connection) => {
      const from = cardOf(source);
      const to = cardOf(target);
      if (connect && from && to && from !== to) connect(from, to);
    },
    [connect],
  );

  const onEdgeClick: EdgeMouseHandler<FlowLayerEdge> = useCallback(
    (_event, edge) => {
      const layer = edgeLayers.find((l) => l.id === edge.type);
      if (!layer?.selectable || !edge.data) return;
      clicked.current = edge.data.edge.id;
      ui.getState().select({ kind: 'connection', id: edge.data.edge.id });
    },
    [edgeLayers, ui, clicked],
  );

  return useMemo(
    () => ({ nodesConnectable: connect !== null, onConnect, onEdgeClick, isValidConnection }),
    [connect, onConnect, onEdgeClick],
  );
}
