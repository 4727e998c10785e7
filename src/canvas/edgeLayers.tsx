import { memo, useEffect, useRef } from 'react';
import { getBezierPath, type Edge, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import type { MapState } from '../doc/index.ts';
import { cardNodeId } from './nodes.ts';
import type { EdgeLayer, LayerEdge } from './slots.ts';

/* The edge layers of the slots as React Flow edges and edge types. */

export type FlowLayerEdge = Edge<{ edge: LayerEdge }>;

const NO_EDGES: FlowLayerEdge[] = [];

/** The layers' edges as React Flow edges, typed by layer, between card nodes. */
export function toFlowEdges(
  layers: readonly EdgeLayer[],
  lists: readonly (readonly LayerEdge[])[],
): FlowLayerEdge[] {
  const edges = layers.flatMap((layer, i) =>
    (lists[i] ?? []).map((edge): FlowLayerEdge => ({
      id: `${layer.id}:${edge.id}`,
      type: layer.id,
      source: cardNodeId(edge.from),
      target: cardNodeId(edge.to),
      data: { edge },
      selectable: false,
      focusable: false,
      // Above the cells (0), under the cards (2).
      zIndex: 1,
    })),
  );
  return edges.length > 0 ? edges : NO_EDGES;
}

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

const edgeTypeCache = new WeakMap<readonly EdgeLayer[], EdgeTypes>();

/** One React Flow edge type per layer; the same object for the same layers, as React Flow asks. */
export function edgeTypesFor(layers: readonly EdgeLayer[]): EdgeTypes {
  let types = edgeTypeCache.get(layers);
  if (!types) {
    types = Object.fromEntries(layers.map((layer) => [layer.id, layerEdgeType(layer)]));
    edgeTypeCache.set(layers, types);
  }
  return types;
}

function layerEdgeType({ Edge: Draw }: EdgeLayer): EdgeTypes[string] {
  return memo(function LayerEdgeView(props: EdgeProps) {
    const { sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition, data } = props;
    const [path, labelX, labelY] = getBezierPath({
      sourceX,
      sourceY,
      sourcePosition,
      targetX,
      targetY,
      targetPosition,
    });
    // React Flow types every edge's data loosely; ours always come from toFlowEdges.
    const { edge } = data as FlowLayerEdge['data'] & object;
    return <Draw edge={edge} path={path} labelX={labelX} labelY={labelY} />;
  });
}
