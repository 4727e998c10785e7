import { useEffect, useRef } from 'react';
import { addCard, deleteCard, deleteConnection, type MapDoc, type MapState } from '../doc/index.ts';
import { neighbour, type Direction } from './navigation.ts';
import type { UiStore } from '../editor/uiStore.ts';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return (
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
    el.isContentEditable ||
    !!el.closest('dialog')
  );
}

interface ShortcutDeps {
  doc: MapDoc;
  map: MapState;
  ui: UiStore;
  undo(): void;
  redo(): void;
  readOnly: boolean;
}

/** The editor's keyboard shortcuts (see ShortcutsPanel), ignored while typing. */
export function useShortcuts(deps: ShortcutDeps): void {
  const latest = useRef(deps);
  useEffect(() => {
    latest.current = deps;
  });

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // A control that handled the key itself (e.g. a matrix dot) keeps it.
      if (e.defaultPrevented || typingIn(e.target) || e.altKey) return;
      // Enter on a focused button or link belongs to that control.
      const tag = (e.target as HTMLElement | null)?.tagName;
      if (e.key === 'Enter' && (tag === 'BUTTON' || tag === 'A')) return;
      const { doc, map: live, ui, undo, redo } = latest.current;
      const state = ui.getState();
      // While the canvas shows the past, nothing may change the live map.
      const readOnly = latest.current.readOnly || state.past !== null;
      const map = state.past?.map ?? live;
      const selection = state.selection;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;

      if (mod && key === 'z' && !readOnly) (e.shiftKey ? redo : undo)();
      else if (mod && key === 'y' && !readOnly) redo();
      else if (mod) handled = false;
      else if (e.key === '?') state.openPanel('shortcuts');
      else if (e.key === 'Escape') {
        state.startEditing(null);
        state.select(null);
      } else if (ARROWS[e.key] && (!selection || selection.kind === 'card')) {
        const next = selection
          ? neighbour(map, selection.id, ARROWS[e.key]!)
          : (map.cards[0]?.id ?? null);
        if (next) state.select({ kind: 'card', id: next });
      } else if (e.key === 'Enter' && selection && !readOnly) state.startEditing(selection.id);
      else if (
        (e.key === 'Delete' || e.key === 'Backspace') &&
        selection?.kind === 'card' &&
        !readOnly
      ) {
        const next = neighbour(map, selection.id, 'down') ?? neighbour(map, selection.id, 'up');
        deleteCard(doc, selection.id);
        state.select(next ? { kind: 'card', id: next } : null);
      } else if (
        (e.key === 'Delete' || e.key === 'Backspace') &&
        selection?.kind === 'connection' &&
        !readOnly
      ) {
        deleteConnection(doc, selection.id);
        state.select(null);
      } else if (key === 'c' && selection?.kind === 'card' && !readOnly) {
        // "Connect to…" in the card's inspector: the keyboard's way to draw a line.
        state.openPanel('inspector');
        requestAnimationFrame(() =>
          document.querySelector<HTMLSelectElement>('[data-connect-to]')?.focus(),
        );
      } else if (key === 'n' && selection?.kind === 'card' && !readOnly) {
        const card = map.cards.find((c) => c.id === selection.id);
        if (!card) return;
        const cell = map.cards.filter(
          (c) => c.stageId === card.stageId && c.laneId === card.laneId,
        );
        const id = addCard(doc, {
          stageId: card.stageId,
          laneId: card.laneId,
          title: 'New card',
          index: cell.indexOf(card) + 1,
        });
        state.select({ kind: 'card', id });
        state.startEditing(id);
      } else handled = false;

      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
