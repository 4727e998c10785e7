import type { CardData, MapState } from '../doc/schema.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The card the arrow keys move to from `cardId`: up and down walk the cards of a
 * stage column lane by lane, left and right go to the same row of the nearest
 * stage that has cards in that lane. Null when there is nowhere to go.
 */
export function neighbour(map: MapState, cardId: string, dir: Direction): string | null {
  const card = map.cards.find((c) => c.id === cardId);
  if (!card) return map.cards[0]?.id ?? null;
  const stageIndex = map.stages.findIndex((s) => s.id === card.stageId);
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]));
  const inCell = (stageId: string, laneId: string) =>
    map.cards.filter((c) => c.stageId === stageId && c.laneId === laneId);

  if (dir === 'up' || dir === 'down') {
    // The stage's cards top to bottom: lane order, then order within the cell.
    const column = map.cards
      .filter((c) => c.stageId === card.stageId)
      .sort(
        (a, b) =>
          laneIndex.get(a.laneId)! - laneIndex.get(b.laneId)! ||
          map.cards.indexOf(a) - map.cards.indexOf(b),
      );
    const at = column.indexOf(card) + (dir === 'down' ? 1 : -1);
    return column[at]?.id ?? null;
  }

  const row = inCell(card.stageId, card.laneId).indexOf(card);
  const step = dir === 'right' ? 1 : -1;
  for (let s = stageIndex + step; s >= 0 && s < map.stages.length; s += step) {
    const cell: CardData[] = inCell(map.stages[s]!.id, card.laneId);
    if (cell.length > 0) return cell[Math.min(row, cell.length - 1)]!.id;
  }
  return null;
}
