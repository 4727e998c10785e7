import { edgeLayer, type CanvasContribution } from '../canvas/slots.ts';
import { ConnectionEdge } from './ConnectionEdge.tsx';
import { ConnectionsLegend } from './ConnectionsLegend.tsx';
import { useConnect } from './useConnect.ts';
import { useConnectionEdges } from './useConnectionEdges.ts';

/**
 * Connections draw the map's lines between cards (selectable, so the inspector edits them),
 * let editors draw new ones from a card's edge, and explain the lines in a legend.
 */
export const connectionsOnCanvas: CanvasContribution = {
  feature: 'connections',
  edgeLayers: [
    edgeLayer({
      id: 'connections',
      selectable: true,
      useEdges: useConnectionEdges,
      Edge: ConnectionEdge,
    }),
  ],
  connector: { useConnect },
  overlays: [{ id: 'connections-legend', position: 'bottom-center', Component: ConnectionsLegend }],
};
