import { createStore } from 'zustand/vanilla';

/** What is selected on the canvas; at most one thing at a time. */
export type Selection = { kind: 'card' | 'stage' | 'lane'; id: string } | null;

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** Session UI state: local to this tab, never synced. */
export interface UiState {
  selection: Selection;
  /** The id of the card, stage or lane whose name is being edited in place. */
  editingId: string | null;
  /** The cell ("stageId/laneId") under a dragged card. */
  dropCell: string | null;
  confirm: ConfirmRequest | null;
  select(selection: Selection): void;
  startEditing(id: string | null): void;
  setDropCell(cell: string | null): void;
  askConfirm(request: ConfirmRequest | null): void;
}

/** A fresh UI store; one per mounted editor, so two editors on a page stay apart. */
export function createUiStore() {
  return createStore<UiState>()((set) => ({
    selection: null,
    editingId: null,
    dropCell: null,
    confirm: null,
    select: (selection) => set({ selection }),
    startEditing: (editingId) => set({ editingId }),
    setDropCell: (dropCell) => set((s) => (s.dropCell === dropCell ? s : { dropCell })),
    askConfirm: (confirm) => set({ confirm }),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
