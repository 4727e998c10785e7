/* One React Flow edge type per edge layer: the layer's own Edge drawn along a curve between cards. */

import { memo } from 'react';
import { getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import type { FlowLayerEdge } from './layerEdges.ts';
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
