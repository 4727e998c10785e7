import { useMemo } from 'react';
import {
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  updateLane,
  updateStage,
} from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Stage and lane edits for header controls, with a confirmation before losing cards. */
export function useStructureActions() {
  const doc = useMapDoc();
  const ui = useUiStore();
  return useMemo(() => {
    const confirmDelete = (what: string, name: string, cards: number, run: () => void) => {
      if (cards === 0) return run();
      ui.getState().askConfirm({
        title: `Delete ${what} ${name}?`,
        body: `This ${what} holds ${plural(cards, 'card')}. Deleting it deletes them too.`,
        confirmLabel: 'Delete',
        onConfirm: run,
      });
    };
    return {
      renameStage: (id: string, name: string) => updateStage(doc, id, { name }),
      moveStage: (id: string, index: number) => moveStage(doc, id, index),
      deleteStage: (id: string, name: string, cards: number) =>
        confirmDelete('stage', name, cards, () => deleteStage(doc, id)),
      renameLane: (id: string, name: string) => updateLane(doc, id, { name }),
      moveLane: (id: string, index: number) => moveLane(doc, id, index),
      deleteLane: (id: string, name: string, cards: number) =>
        confirmDelete('lane', name, cards, () => deleteLane(doc, id)),
      stopEditing: () => ui.getState().startEditing(null),
    };
  }, [doc, ui]);
}
