import { createContext, useContext, type ReactNode } from 'react';
import type { ObservationSummary } from './log/types.ts';
import type { ObservationSet } from './api.ts';
import type { ObservedFigures } from './overlay/figures.ts';

/*
 * The observed-journeys state the canvas and the panel share: the map's observation sets, the
 * one the map shows (named in the map document, so everyone sees the same), its figures on the
 * map as it is now, and this person's view of them (which view, which minimum volume, which
 * path is highlighted).
 */

export type ObservedView = 'designed' | 'observed' | 'both';

export interface Observed {
  mapId: string;
  canEdit: boolean;
  /** The participant token imports are made as (their name is kept with the set). */
  participant: string | null;
  sets: ObservationSummary[] | null;
  /** Why the list or the active set could not be read. */
  error: string | null;
  active: ObservationSet | null;
  /** True while the active set is being fetched. */
  loading: boolean;
  figures: ObservedFigures | null;
  view: ObservedView;
  setView(view: ObservedView): void;
  /** Edges carrying fewer cases than this share of all cases are not drawn. */
  minShare: number;
  setMinShare(share: number): void;
  /** The cards of the highlighted path, in order; null when none is. */
  highlight: readonly string[] | null;
  setHighlight(cards: readonly string[] | null): void;
  /** Re-reads the list of sets (after an import or a deletion). */
  refresh(): void;
  /** A set this page has just imported, so showing it needs no second download. */
  adopt(set: ObservationSet): void;
}

const ObservedContext = createContext<Observed | null>(null);

export function ObservedContextProvider({
  value,
  children,
}: {
  value: Observed;
  children: ReactNode;
}) {
  return <ObservedContext.Provider value={value}>{children}</ObservedContext.Provider>;
}

/** The observed-journeys state, or null outside a live map. */
export function useObserved(): Observed | null {
  return useContext(ObservedContext);
}

/** Whether the overlay is drawn: a set is shown and the view is not "designed". */
export function overlayOn(observed: Observed | null): observed is Observed & {
  figures: ObservedFigures;
  active: ObservationSet;
} {
  return !!observed?.figures && !!observed.active && observed.view !== 'designed';
}
