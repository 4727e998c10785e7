/* One React Flow edge type per edge layer: the layer's own Edge drawn along a routed line. */

import { memo, useContext } from 'react';
import { useInternalNode, type EdgeProps, type EdgeTypes, type InternalNode } from '@xyflow/react';
import { CARD_H, CARD_W } from './layout.ts';
import type { FlowLayerEdge } from './layerEdges.ts';
import { routeBetween, spreadOf, type Box } from './route.ts';
import { roundedPath } from './routeDrawing.ts';
import { RouteGridContext } from './RouteGridContext.ts';
import type { EdgeLayer } from './slots.ts';

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

/** Where a card node is now: it follows a card being dragged, unlike the layout. */
function boxOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, w: node.width ?? node.measured.width ?? CARD_W, h: node.height ?? CARD_H };
}

function layerEdgeType({ Edge: Draw }: EdgeLayer): EdgeTypes[string] {
  return memo(function LayerEdgeView({ id, source, target, data, selected }: EdgeProps) {
    const grid = useContext(RouteGridContext);
    const from = useInternalNode(source);
    const to = useInternalNode(target);
    if (!from || !to) return null;
    // Re-routed only when React Flow re-renders the edge: a card moved, or the map changed.
    const route = routeBetween(boxOf(from), boxOf(to), grid, spreadOf(id));
    // React Flow types every edge's data loosely; ours always come from toFlowEdges.
    const { edge, mark } = data as FlowLayerEdge['data'] & object;
    return (
      <Draw
        edge={edge}
        path={roundedPath(route.points)}
        points={route.points}
        label={route.label}
        labelX={route.label.x}
        labelY={route.label.y}
        selected={!!selected}
        mark={mark}
      />
    );
  });
}
