import type { Edge } from '@xyflow/react';
import { cardNodeId } from './nodes.ts';
import type { EdgeLayer, LayerEdge } from './slots.ts';

/* The edge layers of the slots as React Flow edges: pure, like the nodes (nodes.ts). */

export type FlowLayerEdge = Edge<{ edge: LayerEdge }>;

export const NO_EDGES: FlowLayerEdge[] = [];

/** The layers' edges as React Flow edges between card nodes, each of its layer's type. */
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
