import type { CardData, CardKind, Channel, Evidence, MapState } from '../doc/schema.ts';

/** The canvas filters; null means "any". */
export interface Filters {
  search: string;
  personaId: string | null;
  ownerId: string | null;
  channel: Channel | null;
  kind: CardKind | null;
  evidence: Evidence | null;
}

export const NO_FILTERS: Filters = {
  search: '',
  personaId: null,
  ownerId: null,
  channel: null,
  kind: null,
  evidence: null,
};

export function filtersActive(f: Filters): boolean {
  return (
    f.search.trim() !== '' ||
    f.personaId !== null ||
    f.ownerId !== null ||
    f.channel !== null ||
    f.kind !== null ||
    f.evidence !== null
  );
}

/**
 * Whether a card passes every active filter. A persona filter keeps cards scored
 * for that persona and cards scored for nobody (they belong to every persona).
 */
export function cardMatches(card: CardData, f: Filters): boolean {
  const query = f.search.trim().toLowerCase();
  if (query && !card.title.toLowerCase().includes(query)) return false;
  if (f.ownerId !== null && card.ownerId !== f.ownerId) return false;
  if (f.channel !== null && card.channel !== f.channel) return false;
  if (f.kind !== null && card.kind !== f.kind) return false;
  if (f.evidence !== null && card.evidence !== f.evidence) return false;
  if (f.personaId !== null) {
    const scored = Object.keys(card.emotion);
    if (scored.length > 0 && !scored.includes(f.personaId)) return false;
  }
  return true;
}

/** The personas whose curves show: the filtered one, else all that are not hidden. */
export function visiblePersonas(
  map: Pick<MapState, 'personas'>,
  f: Filters,
  hidden: readonly string[],
): string[] {
  if (f.personaId !== null)
    return map.personas.some((p) => p.id === f.personaId) ? [f.personaId] : [];
  return map.personas.map((p) => p.id).filter((id) => !hidden.includes(id));
}
