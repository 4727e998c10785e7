import { relianceOf, type CardData, type MapState } from '../doc/index.ts';

/** What a card's badge says about systems. */
export interface CardSystems {
  stands: { name: string; maturity: number; importance: number } | null;
  relies: { name: string; maturity: number }[];
}

/**
 * Per card, its systems as a string (JSON), or '' for none. A string, so that a card re-renders
 * only when what its badge says changes, not on every change of the map.
 */
export function deriveCardSystems(map: MapState): (card: CardData) => string {
  const { systemsOf } = relianceOf(map);
  const systems = new Map(map.systems.map((s) => [s.id, s]));
  return (card) => {
    const own = card.systemId ? systems.get(card.systemId) : undefined;
    const relied = systemsOf.get(card.id) ?? [];
    if (!own && relied.length === 0) return '';
    const value: CardSystems = {
      stands: own ? { name: own.name, maturity: own.maturity, importance: own.importance } : null,
      relies: relied.map((s) => ({ name: s.name, maturity: s.maturity })),
    };
    return JSON.stringify(value);
  };
}

/**
 * Per card, the ids of the systems it stands for or relies on, space-separated: what the
 * highlight of a focused system compares with.
 */
export function deriveSystemIds(map: MapState): (card: CardData) => string {
  const { systemsOf } = relianceOf(map);
  return (card) =>
    [card.systemId, ...(systemsOf.get(card.id) ?? []).map((s) => s.id)].filter(Boolean).join(' ');
}
