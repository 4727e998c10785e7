import { ordersAfter } from '../../src/doc/order.ts';
import { templateMap, type MapState } from '../../src/doc/index.ts';

/** The e-commerce template with its cards multiplied to `cards` (ids, orders and titles made unique). */
export function bigMap(cards: number, title = 'Big map'): MapState {
  const map = templateMap('ecommerce', title)!;
  const orders = ordersAfter(null, cards);
  return {
    ...map,
    cards: Array.from({ length: cards }, (_, i) => {
      const model = map.cards[i % map.cards.length]!;
      return { ...model, id: `card${i}`, order: orders[i]!, title: `${model.title} (${i})` };
    }),
  };
}
