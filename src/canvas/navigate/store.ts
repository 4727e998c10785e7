import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/*
 * This user's way around the map, never shared: which stages and lanes they folded away
 * (kept in this browser, per map) and the search result the camera should fly to.
 */

export interface Folded {
  stages: readonly string[];
  lanes: readonly string[];
}

export interface NavigateState {
  /** Folded stages and lanes, per map key (the map's address). */
  folded: Record<string, Folded>;
  toggle(mapKey: string, kind: 'stage' | 'lane', id: string): void;
  /** A card the camera should centre on; `seq` grows with every request. */
  jump: { cardId: string; seq: number } | null;
  jumpTo(cardId: string): void;
}

const STORAGE = 'trailmap:folded';
export const NOTHING_FOLDED: Folded = { stages: [], lanes: [] };

function load(): Record<string, Folded> {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, Folded>) : {};
  } catch {
    return {};
  }
}

function save(folded: Record<string, Folded>) {
  try {
    globalThis.localStorage?.setItem(STORAGE, JSON.stringify(folded));
  } catch {
    // Private mode or a full quota: folding still works for this visit.
  }
}

export const navigateStore = createStore<NavigateState>()((set) => ({
  folded: load(),
  toggle: (mapKey, kind, id) =>
    set((s) => {
      const now = s.folded[mapKey] ?? NOTHING_FOLDED;
      const key = kind === 'stage' ? 'stages' : 'lanes';
      const list = now[key].includes(id) ? now[key].filter((x) => x !== id) : [...now[key], id];
      const folded = { ...s.folded, [mapKey]: { ...now, [key]: list } };
      save(folded);
      return { folded };
    }),
  jump: null,
  jumpTo: (cardId) => set((s) => ({ jump: { cardId, seq: (s.jump?.seq ?? 0) + 1 } })),
}));

/** The key folded stages and lanes are kept under: the map's address. */
export const currentMapKey = () => globalThis.location?.pathname ?? '';

export function useNavigate<T>(selector: (s: NavigateState) => T): T {
  return useStore(navigateStore, selector);
}

/** This user's folded stages and lanes on the map open in this tab. */
export function useFolded(): Folded {
  return useNavigate((s) => s.folded[currentMapKey()] ?? NOTHING_FOLDED);
}
