import { useMemo, type KeyboardEvent } from 'react';
import type { MapState } from '../doc/schema.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import { matchLabel, searchMatches, stepMatch } from './search.ts';
import { navigateStore } from '../canvas/navigate/store.ts';

/**
 * The toolbar's card search: dims the cards that do not match (the filters do that), counts
 * the matches ("3 of 17"), and Enter / Shift+Enter (or the arrows beside it) select the next
 * or previous match in journey order and fly the camera to it, wherever it is on the map.
 */
export function SearchBox({ map }: { map: MapState }) {
  const ui = useUiStore();
  const query = useUi((s) => s.filters.search);
  const selected = useUi((s) => (s.selection?.kind === 'card' ? s.selection.id : null));
  const matches = useMemo(() => searchMatches(map, query), [map, query]);
  const active = query.trim() !== '';

  const go = (forward: boolean) => {
    const id = stepMatch(matches, selected, forward);
    if (!id) return;
    ui.getState().select({ kind: 'card', id });
    navigateStore.getState().jumpTo(id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    go(!e.shiftKey);
  };

  const step = 'h-9 w-7 rounded-md text-slate-600 hover:bg-slate-100 disabled:opacity-30';
  return (
    <div className="mx-1 flex items-center gap-0.5">
      <input
        type="search"
        aria-label="Search cards"
        placeholder="Search cards…"
        value={query}
        onChange={(e) => ui.getState().setFilters({ search: e.target.value })}
        onKeyDown={onKeyDown}
        aria-keyshortcuts="Enter Shift+Enter"
        className="h-9 w-40 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-indigo-500 focus:outline-none"
      />
      {active && (
        <>
          <span
            role="status"
            aria-label="Search matches"
            className="px-1 text-sm whitespace-nowrap text-slate-700"
          >
            {matchLabel(matches, selected)}
          </span>
          <button
            type="button"
            className={step}
            aria-label="Previous match (Shift+Enter)"
            title="Previous match (Shift+Enter)"
            disabled={matches.length === 0}
            onClick={() => go(false)}
          >
            ↑
          </button>
          <button
            type="button"
            className={step}
            aria-label="Next match (Enter)"
            title="Next match (Enter)"
            disabled={matches.length === 0}
            onClick={() => go(true)}
          >
            ↓
          </button>
        </>
      )}
    </div>
  );
}
