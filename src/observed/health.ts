import { useMemo } from 'react';
import type { MapState } from '../doc/index.ts';
import { useObserved } from './ObservedContext.tsx';
import type { ObservationData } from './log/types.ts';
import type { ObservedFigures } from './overlay/figures.ts';

/*
 * The shown observation set's figures as the health checks read them (the shape of health's
 * ObservedHealth; the app passes one to the other, features never import each other).
 */

export interface ObservedHealth {
  name: string;
  cases: number;
  events: number;
  neverObserved: string[];
  unplanned: { from: string; to: string; cases: number }[];
  stages: { stageId: string; entering: number; dropOff: number }[];
  unmapped: { name: string; events: number }[];
}

/** The figures of `set` on `map` in the health checks' terms, cards in map order. */
export function observedHealth(
  map: MapState,
  set: { name: string; data: ObservationData },
  figures: ObservedFigures,
): ObservedHealth {
  return {
    name: set.name,
    // Every figure below counts the cases of the variants kept.
    cases: figures.covered,
    events: set.data.activityStats.reduce((n, a) => n + a.events, 0),
    neverObserved: map.cards.filter((c) => figures.neverObserved.has(c.id)).map((c) => c.id),
    unplanned: figures.edges
      .filter((e) => e.unplanned)
      .map(({ from, to, cases }) => ({ from, to, cases })),
    stages: map.stages.map((s) => ({
      stageId: s.id,
      entering: figures.stages.get(s.id)?.entering ?? 0,
      dropOff: figures.stages.get(s.id)?.dropOff ?? 0,
    })),
    unmapped: figures.unmapped,
  };
}

/** The health input of the set the map shows, or undefined when it shows none. */
export function useObservedHealth(map: MapState): ObservedHealth | undefined {
  const observed = useObserved();
  const figures = observed?.figures ?? null;
  const set = observed?.active ?? null;
  return useMemo(
    () => (figures && set ? observedHealth(map, set, figures) : undefined),
    [map, set, figures],
  );
}
