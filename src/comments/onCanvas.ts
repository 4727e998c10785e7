import { decoration, type CanvasContribution } from '../canvas/slots.ts';
import type { CardData, StageData } from '../doc/index.ts';
import { OpenThreadsBadge } from './OpenThreadsBadge.tsx';

const threads = { id: 'threads', place: 'badge', Component: OpenThreadsBadge } as const;

/** Comments badge the cards and stages that have open threads. */
export const commentsOnCanvas: CanvasContribution = {
  feature: 'comments',
  // Comments are not versioned: today's threads would be wrong on a past state of the map.
  inPast: false,
  cardDecorations: [decoration<CardData, unknown>(threads)],
  stageDecorations: [decoration<StageData, unknown>(threads)],
};
