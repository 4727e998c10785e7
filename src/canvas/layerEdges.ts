import type { Edge } from '@xyflow/react';
import { cardNodeId, type ChangeMark } from './nodes.ts';
import type { EdgeLayer, LayerEdge } from './slots.ts';

/* The edge layers of the slots as React Flow edges: pure, like the nodes (nodes.ts). */

export type FlowLayerEdge = Edge<{ edge: LayerEdge; mark: ChangeMark | null }>;

export const NO_EDGES: FlowLayerEdge[] = [];

/** What else the edges show: the selected connection, and marks when comparing versions. */
export interface EdgeState {
  selectedId?: string | null;
  marks?: ReadonlyMap<string, ChangeMark>;
}

const CHANGE: Record<ChangeMark, string> = {
  added: 'added',
  changed: 'edited',
  moved: 'moved',
  removed: 'removed',
  origin: 'moved from here',
};

/** The edge's name, and when comparing versions how it changed (as cards say it with a badge). */
const named = (name: string, mark: ChangeMark | undefined) =>
  mark ? `${name} (change: ${CHANGE[mark]})` : name;

/** The layers' edges as React Flow edges between card nodes, each of its layer's type. */
export function toFlowEdges(
  layers: readonly EdgeLayer[],
  lists: readonly (readonly LayerEdge[])[],
  { selectedId = null, marks }: EdgeState = {},
): FlowLayerEdge[] {
  const edges = layers.flatMap((layer, i) =>
    (lists[i] ?? []).map((edge): FlowLayerEdge => {
      const selectable = layer.selectable === true;
      return {
        id: `${layer.id}:${edge.id}`,
        type: layer.id,
        source: cardNodeId(edge.from),
        target: cardNodeId(edge.to),
        data: { edge, mark: marks?.get(edge.id) ?? null },
        selectable,
        selected: selectable && edge.id === selectedId,
        focusable: false,
        ...(edge.name ? { ariaLabel: named(edge.name, marks?.get(edge.id)) } : {}),
        // Above the cells (0), under the cards (2): a line never hides what a card says.
        zIndex: 1,
      };
    }),
  );
  return edges.length > 0 ? edges : NO_EDGES;
}
