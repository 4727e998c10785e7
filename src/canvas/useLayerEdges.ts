import { useEffect, useRef } from 'react';
import type { MapState } from '../doc/index.ts';
import { NO_EDGES, toFlowEdges, type FlowLayerEdge } from './layerEdges.ts';
import type { EdgeLayer, LayerEdge } from './slots.ts';

/**
 * The edges of every layer. The layers are a module constant of the composition root, the same
 * for the canvas's whole life, so their hooks run in the same order on every render, as React
 * requires. React Flow gets a new array only when a layer gave a new one.
 */
export function useLayerEdges(layers: readonly EdgeLayer[], map: MapState): FlowLayerEdge[] {
  const lists = layers.map((layer) => layer.useEdges(map));
  const last = useRef<{ lists: readonly (readonly LayerEdge[])[]; edges: FlowLayerEdge[] }>({
    lists: [],
    edges: NO_EDGES,
  });
  const same =
    lists.length === last.current.lists.length &&
    lists.every((list, i) => list === last.current.lists[i]);
  const edges = same ? last.current.edges : toFlowEdges(layers, lists);
  useEffect(() => {
    last.current = { lists, edges };
  });
  return edges;
}
