import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MapState } from '../doc/index.ts';
import { getSet, listSets, type ObservationSet } from './api.ts';
import type { ObservationSummary } from './log/types.ts';
import { observedFigures } from './overlay/figures.ts';
import { ObservedContextProvider, type Observed, type ObservedView } from './ObservedContext.tsx';

/** Default minimum edge volume: transitions of fewer than 5 % of cases are left out. */
export const DEFAULT_MIN_SHARE = 0.05;

/** Reads the map's observation sets and the one it shows, and computes its figures. */
export function ObservedProvider({
  mapId,
  map,
  canEdit,
  participant,
  children,
}: {
  mapId: string;
  map: MapState;
  canEdit: boolean;
  participant: string | null;
  children: ReactNode;
}) {
  const [sets, setSets] = useState<ObservationSummary[] | null>(null);
  const [active, setActive] = useState<ObservationSet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [view, setView] = useState<ObservedView>('observed');
  const [minShare, setMinShare] = useState(DEFAULT_MIN_SHARE);
  const [highlight, setHighlight] = useState<readonly string[] | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const adopted = useRef<ObservationSet | null>(null);
  const adopt = useCallback((set: ObservationSet) => (adopted.current = set), []);
  const shown = map.meta.observedSet;

  useEffect(() => {
    let live = true;
    listSets(mapId).then(
      (list) => live && setSets(list),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
    // A colleague's import shows up as a new shown set: read the list again then.
  }, [mapId, version, shown]);

  useEffect(() => {
    let live = true;
    if (!shown) {
      setActive(null);
      return;
    }
    if (adopted.current?.id === shown) {
      // Imported here: its figures are at hand already.
      setActive(adopted.current);
      adopted.current = null;
      setError(null);
      setHighlight(null);
      return;
    }
    setLoading(true);
    getSet(mapId, shown).then(
      (set) => {
        if (!live) return;
        setActive(set);
        setError(null);
        setLoading(false);
      },
      (e: Error) => {
        if (!live) return;
        setActive(null);
        setError(e.message);
        setLoading(false);
      },
    );
    setHighlight(null);
    return () => {
      live = false;
    };
  }, [mapId, shown]);

  const figures = useMemo(
    () => (active && active.id === shown ? observedFigures(map, active.data, active.cases) : null),
    [map, active, shown],
  );

  const value = useMemo<Observed>(
    () => ({
      mapId,
      canEdit,
      participant,
      sets,
      error,
      active: active && active.id === shown ? active : null,
      loading,
      figures,
      view,
      setView,
      minShare,
      setMinShare,
      highlight,
      setHighlight,
      refresh,
      adopt,
    }),
    [
      mapId,
      canEdit,
      participant,
      sets,
      error,
      active,
      shown,
      loading,
      figures,
      view,
      minShare,
      highlight,
      refresh,
      adopt,
    ],
  );
  return <ObservedContextProvider value={value}>{children}</ObservedContextProvider>;
}
