import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { phasesOf, readPhases, type PlacedPhase } from '../../doc/phases.ts';
import type { StageData } from '../../doc/schema.ts';
import type { MapDoc } from '../../doc/ydoc.ts';

export interface Phases {
  list: PlacedPhase[];
  stages: readonly StageData[];
}

/**
 * The phases of the map on the canvas, for the stage headers' buttons and the phase row
 * (published by usePhaseList; one canvas shows a live map at a time).
 */
export const phasesStore = createStore<Phases>()(() => ({ list: [], stages: [] }));

export const usePhases = (): Phases => useStore(phasesStore);

/** The map's phases (shared document data, src/doc/phases.ts), placed on its stages. */
export function usePhaseList(doc: MapDoc, stages: readonly StageData[]): Phases {
  const version = useSyncExternalStore(
    (fn) => {
      const map = phasesOf(doc);
      map.observeDeep(fn);
      return () => map.unobserveDeep(fn);
    },
    () => versionOf(doc),
  );
  const phases = useMemo(
    () => ({ list: readPhases(doc, stages), stages }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version stands for the phases
    [doc, stages, version],
  );
  useEffect(() => phasesStore.setState(phases, true), [phases]);
  return phases;
}

// A number that grows with every change to the phases (for useSyncExternalStore): counted by
// an observer installed with the first read, so it runs before the subscribers' ones.
const versions = new WeakMap<MapDoc, { n: number }>();
function versionOf(doc: MapDoc): number {
  let version = versions.get(doc);
  if (!version) {
    const counter = { n: 0 };
    phasesOf(doc).observeDeep(() => counter.n++);
    versions.set(doc, counter);
    version = counter;
  }
  return version.n;
}

/** The phase that holds the stage at `index`, if any. */
export function usePhaseOf(index: number): PlacedPhase | null {
  const list = useStore(phasesStore, (s) => s.list);
  return list.find((p) => p.from <= index && index <= p.to) ?? null;
}
