import { useMemo } from 'react';
import type { CardData, MapState } from '../doc/index.ts';
import { cardMatches, visiblePersonas } from '../editor/filters.ts';
import { useCanEdit, useUi } from '../editor/MapContext.tsx';
import { decorationValues } from './decorate.ts';
import type { Layout } from './layout.ts';
import { deriveNodes, type ChangeMark, type JourneyNode } from './nodes.ts';
import type { CanvasSlots } from './slots.ts';
import { nodeStageId } from './usePresenterCamera.ts';

interface Input {
  map: MapState;
  layout: Layout;
  slots: CanvasSlots;
  spotlight: number | null;
  marks: ReadonlyMap<string, ChangeMark> | undefined;
}

/**
 * The canvas's nodes derived from the map and this screen's UI state (selection, filters,
 * hidden curves, edit rights, workshop spotlight), recomputed only when one of them changes.
 */
export function useDerivedNodes({ map, layout, slots, spotlight, marks }: Input): JourneyNode[] {
  const canEdit = useCanEdit();
  const selectedId = useUi((s) => s.selection?.id ?? null);
  const filters = useUi((s) => s.filters);
  const hidden = useUi((s) => s.hiddenPersonas);
  const cardValues = useMemo(() => decorationValues(slots.cardDecorations, map), [slots, map]);
  const stageValues = useMemo(() => decorationValues(slots.stageDecorations, map), [slots, map]);
  return useMemo(() => {
    const personaIds = visiblePersonas(map, filters, hidden);
    const matches = (card: CardData) => cardMatches(card, filters);
    const nodes = deriveNodes({
      map,
      layout,
      selectedId,
      personaIds,
      matches,
      cardValues,
      stageValues,
      marks,
    });
    const lit = spotlight === null ? null : (map.stages[spotlight]?.id ?? null);
    const shown = canEdit && lit === null ? nodes : nodes.filter((n) => n.type !== 'add');
    if (lit === null) return shown;
    return shown.map((n) => {
      const stageId = nodeStageId(n);
      // Out of focus: faded but readable, and left out of the accessibility tree and tab order.
      return stageId && stageId !== lit
        ? { ...n, className: 'tm-dim', domAttributes: { inert: true } }
        : n;
    });
  }, [
    map,
    layout,
    selectedId,
    filters,
    hidden,
    canEdit,
    cardValues,
    stageValues,
    spotlight,
    marks,
  ]);
}
