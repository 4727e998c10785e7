import { useEffect, useRef } from 'react';
import type { MapState } from '../doc/index.ts';
import { useUi } from '../editor/MapContext.tsx';
import { NO_EDGES, toFlowEdges, type FlowLayerEdge } from './layerEdges.ts';
import type { ChangeMark } from './nodes.ts';
import type { EdgeLayer, LayerEdge } from './slots.ts';

interface Last {
  lists: readonly (readonly LayerEdge[])[];
  selectedId: string | null;
  marks: ReadonlyMap<string, ChangeMark> | undefined;
  edges: FlowLayerEdge[];
}

/**
 * The edges of every layer. The layers are a module constant of the composition root, the same
 * for the canvas's whole life, so their hooks run in the same order on every render, as React
 * requires. React Flow gets a new array only when a layer gave a new one, or the selected
 * connection or the compare marks changed.
 */
export function useLayerEdges(
  layers: readonly EdgeLayer[],
  map: MapState,
  marks?: ReadonlyMap<string, ChangeMark>,
): FlowLayerEdge[] {
  const lists = layers.map((layer) => layer.useEdges(map));
  const selectedId = useUi((s) => (s.selection?.kind === 'connection' ? s.selection.id : null));
  const last = useRef<Last>({ lists: [], selectedId: null, marks: undefined, edges: NO_EDGES });
  const same =
    lists.length === last.current.lists.length &&
    lists.every((list, i) => list === last.current.lists[i]) &&
    selectedId === last.current.selectedId &&
    marks === last.current.marks;
  const edges = same ? last.current.edges : toFlowEdges(layers, lists, { selectedId, marks });
  useEffect(() => {
    last.current = { lists, selectedId, marks, edges };
  });
  return edges;
}
