import { decoration, type CanvasContribution } from '../canvas/slots.ts';
import type { CardData, MapState } from '../doc/index.ts';
import { OpenActionsBadge } from './OpenActionsBadge.tsx';

/** Open (not done) actions per linked card id. */
export function openActionCounts(map: Pick<MapState, 'actions'>): Map<string, number> {
  const open = new Map<string, number>();
  for (const action of map.actions) {
    if (action.status === 'done') continue;
    for (const id of action.cardIds) open.set(id, (open.get(id) ?? 0) + 1);
  }
  return open;
}

/** Actions badge each card with the open actions that address it. */
export const actionsOnCanvas: CanvasContribution = {
  feature: 'actions',
  cardDecorations: [
    decoration({
      id: 'open-actions',
      place: 'badge',
      derive: (map) => {
        const open = openActionCounts(map);
        return (card: CardData) => open.get(card.id) ?? 0;
      },
      Component: OpenActionsBadge,
    }),
  ],
};
