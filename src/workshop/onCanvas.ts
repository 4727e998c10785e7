import { decoration, type CanvasContribution } from '../canvas/slots.ts';
import { CardVotes } from './voting/CardVotes.tsx';

/** Dot voting draws its dots and totals over the corner of the cards in the round. */
export const workshopOnCanvas: CanvasContribution = {
  feature: 'workshop',
  // Seen from afar too: in a workshop the room votes at whatever zoom the map is.
  cardDecorations: [
    decoration({ id: 'votes', place: 'corner', onSketch: true, Component: CardVotes }),
  ],
};
