import { useEffect, useRef } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { READABLE_ZOOM } from '../camera.ts';
import type { Layout } from '../layout.ts';
import type { CardData } from '../../doc/schema.ts';
import { currentMapKey, navigateStore } from './store.ts';

/**
 * Flies the camera to the card a search asked for (navigateStore.jumpTo): centred, at a zoom
 * where its title reads. A card in a stage or lane this user folded is unfolded first.
 */
export function useSearchJump(layout: Layout, cards: readonly CardData[]): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const latest = useRef(layout);
  const allCards = useRef(cards);
  const pending = useRef<string | null>(null);

  const centre = (cardId: string): boolean => {
    const box = latest.current.cards.find((c) => c.card.id === cardId);
    if (!box) return false;
    const { width, height, transform } = store.getState();
    const zoom = Math.max(transform[2], READABLE_ZOOM);
    void flow.setViewport({
      x: width / 2 - (box.x + box.w / 2) * zoom,
      y: height / 2 - (box.y + box.h / 2) * zoom,
      zoom,
    });
    return true;
  };

  useEffect(() => {
    latest.current = layout;
    allCards.current = cards;
    // A card that was folded away is in the layout once its stage or lane unfolds.
    if (pending.current && centre(pending.current)) pending.current = null;
  });

  useEffect(
    () =>
      navigateStore.subscribe((s, before) => {
        if (!s.jump || s.jump === before.jump) return;
        const { cardId } = s.jump;
        if (centre(cardId)) return;
        const card = allCards.current.find((c) => c.id === cardId);
        if (!card) return;
        pending.current = cardId;
        const folded = s.folded[currentMapKey()];
        if (folded?.stages.includes(card.stageId)) s.toggle(currentMapKey(), 'stage', card.stageId);
        if (folded?.lanes.includes(card.laneId)) s.toggle(currentMapKey(), 'lane', card.laneId);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- centre reads refs only
    [],
  );
}
