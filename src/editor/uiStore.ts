import { createStore } from 'zustand/vanilla';
import type { MapState } from '../doc/schema.ts';
import type { Presenting } from '../sync/session.ts';
import { NO_FILTERS, type Filters } from './filters.ts';

/** What is selected on the canvas; at most one thing at a time. */
export type Selection = { kind: 'card' | 'stage' | 'lane' | 'connection'; id: string } | null;

/** What the canvas shows from history: one version, or a comparison of two states. */
export interface PastView {
  label: string;
  versionId: string | null;
  map: MapState;
  /** Set when comparing: the earlier state, whose removed items show as ghosts. */
  before?: MapState;
}

export type Panel =
  | 'inspector'
  | 'comments'
  | 'actions'
  | 'health'
  | 'history'
  | 'people'
  | 'personas'
  | 'kpis'
  | 'systems'
  | 'observed'
  | 'shortcuts'
  | null;

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
  /** The side panel: the inspector of the selection, or one of the map's directories. */
  panel: Panel;
  filters: Filters;
  /** Personas whose emotion curve is hidden on this screen. */
  hiddenPersonas: string[];
  /** The system picked in the systems panel: the cards that rely on it are marked. */
  focusedSystem: string | null;
  focusSystem(id: string | null): void;
  /** The colleague (awareness client id) whose view this screen follows. */
  following: number | null;
  follow(clientId: number | null): void;
  /** Set while this user presents the map to the others. */
  presenting: Presenting | null;
  /** A participant who panned away from the presenter (until they rejoin). */
  away: boolean;
  present(patch: Partial<Presenting> | null): void;
  /** A past state shown on the canvas instead of the live map (preview or compare). */
  past: PastView | null;
  showPast(past: PastView | null): void;
  setAway(away: boolean): void;
  select(selection: Selection): void;
  openPanel(panel: Panel): void;
  setFilters(patch: Partial<Filters>): void;
  togglePersona(id: string): void;
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
    panel: null,
    filters: NO_FILTERS,
    hiddenPersonas: [],
    focusedSystem: null,
    focusSystem: (focusedSystem) => set({ focusedSystem }),
    following: null,
    follow: (following) => set({ following }),
    presenting: null,
    away: false,
    present: (patch) =>
      set((s) => ({
        presenting:
          patch === null
            ? null
            : {
                since: s.presenting?.since ?? Date.now(),
                stage: 0,
                timerEndsAt: null,
                timerMinutes: null,
                ...s.presenting,
                ...patch,
              },
      })),
    setAway: (away) => set({ away }),
    past: null,
    showPast: (past) => set({ past, selection: null }),
    select: (selection) =>
      set((s) => ({
        selection,
        // The comments panel stays open, so picking a card there comments on it.
        panel: selection
          ? s.panel === 'comments' || s.panel === 'health'
            ? s.panel
            : 'inspector'
          : s.panel === 'inspector'
            ? null
            : s.panel,
      })),
    openPanel: (panel) => set({ panel }),
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    togglePersona: (id) =>
      set((s) => ({
        hiddenPersonas: s.hiddenPersonas.includes(id)
          ? s.hiddenPersonas.filter((p) => p !== id)
          : [...s.hiddenPersonas, id],
      })),
    startEditing: (editingId) => set({ editingId }),
    setDropCell: (dropCell) => set((s) => (s.dropCell === dropCell ? s : { dropCell })),
    askConfirm: (confirm) => set({ confirm }),
  }));
}

export type UiStore = ReturnType<typeof createUiStore>;
