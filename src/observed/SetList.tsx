import { setObservedSet } from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { deleteSet } from './api.ts';
import { formatCount } from './format.ts';
import { useObserved } from './ObservedContext.tsx';

/* The map's observation sets: which one the map shows, and (for editors) deleting one. */

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '?');

export function SetList() {
  const observed = useObserved()!;
  const doc = useMapDoc();
  const ui = useUiStore();
  const { sets, active, canEdit } = observed;
  if (sets === null) return <p className="text-sm text-slate-600">Loading observation sets…</p>;
  if (sets.length === 0)
    return (
      <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600">
        No event log imported yet.{' '}
        {canEdit ? 'Import one to see where customers really go.' : 'An editor can import one.'}
      </p>
    );
  const remove = (id: string, name: string) =>
    ui.getState().askConfirm({
      title: `Delete “${name}”?`,
      body: 'Its figures are deleted for everyone. The map and its mapping stay.',
      confirmLabel: 'Delete set',
      onConfirm: () => {
        void deleteSet(observed.mapId, id).then(() => {
          if (active?.id === id) setObservedSet(doc, null);
          observed.refresh();
        });
      },
    });
  return (
    <ul aria-label="Observation sets" className="flex flex-col gap-1.5">
      {sets.map((set) => {
        const shown = doc && active?.id === set.id;
        return (
          <li
            key={set.id}
            className={`flex items-start gap-2 rounded-lg p-2 ring-1 ${shown ? 'bg-teal-50 ring-teal-300' : 'ring-slate-200'}`}
          >
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-semibold text-slate-900">{set.name}</p>
              <p className="text-xs text-slate-600">
                {formatCount(set.cases)} cases · {formatCount(set.events)} events ·{' '}
                {formatCount(set.activities)} activities
              </p>
              <p className="text-xs text-slate-500">
                {day(set.from)} – {day(set.to)} · by {set.createdBy}
              </p>
            </div>
            {canEdit && (
              <div className="flex shrink-0 flex-col gap-1">
                <button
                  type="button"
                  aria-pressed={shown}
                  aria-label={shown ? `Hide ${set.name}` : `Show ${set.name}`}
                  onClick={() => setObservedSet(doc, shown ? null : set.id)}
                  className="rounded-md px-2 py-1 text-xs font-medium text-teal-800 ring-1 ring-teal-300 hover:bg-teal-50"
                >
                  {shown ? 'Hide' : 'Show'}
                </button>
                <button
                  type="button"
                  aria-label={`Delete ${set.name}`}
                  onClick={() => remove(set.id, set.name)}
                  className="rounded-md px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50"
                >
                  Delete
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
