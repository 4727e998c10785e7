import { decoration, edgeLayer, type CanvasContribution } from '../canvas/slots.ts';
import { CardCount } from './CardCount.tsx';
import { ObservedBar } from './ObservedBar.tsx';
import { ObservedEdge } from './ObservedEdge.tsx';
import { StageFlow } from './StageFlow.tsx';
import { useObservedEdges } from './useObservedEdges.ts';

/**
 * Observed journeys draw an imported event log over the designed map: cases per card and per
 * stage, the transitions customers really make (unplanned and backward ones marked), and a bar
 * to switch between the designed map, the observed one and both.
 */
export const observedOnCanvas: CanvasContribution = {
  feature: 'observed',
  // The overlay is about today's map and today's log, not a past version.
  inPast: false,
  cardDecorations: [
    decoration({ id: 'observed-count', place: 'corner', onSketch: true, Component: CardCount }),
  ],
  stageDecorations: [decoration({ id: 'observed-stage', place: 'badge', Component: StageFlow })],
  edgeLayers: [edgeLayer({ id: 'observed', useEdges: useObservedEdges, Edge: ObservedEdge })],
  overlays: [{ id: 'observed-bar', position: 'top-right', Component: ObservedBar }],
};
