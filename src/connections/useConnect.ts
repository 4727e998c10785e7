import { useEffect, useMemo, useRef } from 'react';
import { addConnection, type CardData, type ConnectionKind, type MapState } from '../doc/index.ts';
import { useCanEdit, useMapDoc, useUiStore } from '../editor/MapContext.tsx';

/** What a line drawn by hand starts as: data between systems, a reliance on a system, a step. */
export function kindFor(from: CardData | undefined, to: CardData | undefined): ConnectionKind {
  if (to?.kind === 'system') return from?.kind === 'system' ? 'data' : 'depends';
  return 'flow';
}

/**
 * Draws a connection from one card to another and selects it, so its kind, label and status
 * can be set right away in the inspector; null for whoever may not edit.
 */
export function useConnect(map: MapState): ((from: string, to: string) => void) | null {
  const doc = useMapDoc();
  const ui = useUiStore();
  const canEdit = useCanEdit();
  // Read when a line is dropped; the handler itself stays the same, as React Flow likes.
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  return useMemo(() => {
    if (!canEdit) return null;
    return (from: string, to: string) => {
      const card = (id: string) => latest.current.cards.find((c) => c.id === id);
      const id = addConnection(doc, { from, to, kind: kindFor(card(from), card(to)) });
      if (id) ui.getState().select({ kind: 'connection', id });
    };
  }, [canEdit, doc, ui]);
}
