import { useMemo } from 'react';
import { edgeLayer, type CanvasContribution, type LayerEdge } from '../canvas/slots.ts';
import type { MapState } from '../doc/index.ts';
import { moveArrows } from './compare.ts';
import { MoveArrow } from './MoveArrow.tsx';

/** Arrows from where each moved card was to where it is, drawn when comparing versions. */
function useMoveEdges(map: MapState): readonly LayerEdge[] {
  return useMemo(() => {
    const titles = new Map(map.cards.map((c) => [c.id, c.title || 'Untitled card']));
    return moveArrows(map.cards).map(({ from, to }) => ({
      id: `move:${to}`,
      from,
      to,
      name: `Card ${titles.get(to)} moved from here`,
    }));
  }, [map.cards]);
}

/**
 * The compare view's move arrows. Only a comparison's map holds origin ghosts (compare.ts),
 * so on the live map this layer is always empty.
 */
export const compareOnCanvas: CanvasContribution = {
  feature: 'history',
  edgeLayers: [edgeLayer({ id: 'moves', useEdges: useMoveEdges, Edge: MoveArrow })],
};
