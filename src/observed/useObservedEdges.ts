import { useMemo } from 'react';
import type { LayerEdge } from '../canvas/slots.ts';
import type { MapState } from '../doc/index.ts';
import { formatCount, formatShare } from './format.ts';
import { overlayOn, useObserved } from './ObservedContext.tsx';
import { designedFlow, stepKey } from './overlay/designed.ts';

/** What an observed (or designed) line carries. */
export interface ObservedEdgeData {
  kind: 'observed' | 'designed';
  cases: number;
  /** Of all cases. */
  share: number;
  backward: boolean;
  unplanned: boolean;
  /** Another path is highlighted and this line is not on it. */
  dimmed: boolean;
}

type Edge = LayerEdge<ObservedEdgeData>;
const NONE: readonly Edge[] = [];

/**
 * The observed transitions between cards as canvas edges: those carrying at least the chosen
 * share of cases (and every step of a highlighted path), plus in the "both" view the designed
 * path they are compared with.
 */
export function useObservedEdges(map: MapState): readonly Edge[] {
  const observed = useObserved();
  const on = overlayOn(observed);
  const figures = on ? observed.figures : null;
  const view = observed?.view;
  const minShare = observed?.minShare ?? 0;
  const highlight = observed?.highlight ?? null;
  return useMemo(() => {
    if (!figures) return NONE;
    const titles = new Map(map.cards.map((c) => [c.id, c.title || 'Untitled card']));
    const onPath = new Set<string>();
    if (highlight)
      for (let i = 1; i < highlight.length; i++)
        onPath.add(stepKey(highlight[i - 1]!, highlight[i]!));
    const edges: Edge[] = [];
    if (view === 'both') {
      for (const step of designedFlow(map).steps) {
        edges.push({
          id: `designed:${stepKey(step.from, step.to)}`,
          from: step.from,
          to: step.to,
          name: `Designed step from ${titles.get(step.from)} to ${titles.get(step.to)}`,
          data: {
            kind: 'designed',
            cases: 0,
            share: 0,
            backward: false,
            unplanned: false,
            dimmed: false,
          },
        });
      }
    }
    for (const e of figures.edges) {
      const key = stepKey(e.from, e.to);
      const share = e.cases / figures.cases;
      if (share < minShare && !onPath.has(key)) continue;
      const marks = [e.unplanned ? 'unplanned' : '', e.backward ? 'backward' : '']
        .filter(Boolean)
        .join(', ');
      edges.push({
        id: `observed:${key}`,
        from: e.from,
        to: e.to,
        name: `${formatCount(e.cases)} cases (${formatShare(share)}) go from ${titles.get(e.from)} to ${titles.get(e.to)}${marks ? `: ${marks}` : ''}`,
        data: {
          kind: 'observed',
          cases: e.cases,
          share,
          backward: e.backward,
          unplanned: e.unplanned,
          dimmed: highlight !== null && !onPath.has(key),
        },
      });
    }
    return edges.length > 0 ? edges : NONE;
  }, [figures, view, minShare, highlight, map]);
}
