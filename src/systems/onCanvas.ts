import { decoration, type CanvasContribution } from '../canvas/slots.ts';
import { deriveCardSystems, deriveSystemIds } from './cardSystems.ts';
import { FocusRing } from './FocusRing.tsx';
import { SystemBadge } from './SystemBadge.tsx';

/**
 * Systems mark each card with the system it stands for (and its maturity) or the systems it
 * relies on, and ring the cards of the system picked on the roadmap.
 */
export const systemsOnCanvas: CanvasContribution = {
  feature: 'systems',
  cardDecorations: [
    decoration({
      id: 'systems',
      place: 'badge',
      derive: deriveCardSystems,
      Component: SystemBadge,
    }),
    decoration({
      id: 'system-focus',
      place: 'corner',
      onSketch: true,
      derive: deriveSystemIds,
      Component: FocusRing,
    }),
  ],
};
