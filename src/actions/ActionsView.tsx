import { useMemo, useState } from 'react';
import { addAction, isOverdue, type MapState } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { today as todayDate } from '../ui/dates.ts';
import { ActionsBoard } from './ActionsBoard.tsx';
import { ActionsTable } from './ActionsTable.tsx';
import { ImpactEffortMatrix } from './ImpactEffortMatrix.tsx';

type Tab = 'table' | 'board' | 'matrix';
type Sort = 'due' | 'impact' | 'effort' | 'title';

/** The map's improvement backlog: table, board by status, and the impact/effort matrix. */
export function ActionsView({ map, readOnly }: { map: MapState; readOnly: boolean }) {
  const doc = useMapDoc();
  const [tab, setTab] = useState<Tab>('table');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [sort, setSort] = useState<Sort>('due');
  const today = todayDate();

  const actions = useMemo(() => {
    const list = map.actions
      .filter((a) => !owner || a.ownerId === owner)
      .filter((a) => !status || a.status === status)
      .filter((a) => !overdueOnly || isOverdue(a, today));
    const by: Record<Sort, (a: (typeof list)[number], b: (typeof list)[number]) => number> = {
      due: (a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'),
      impact: (a, b) => b.impact - a.impact,
      effort: (a, b) => a.effort - b.effort,
      title: (a, b) => a.title.localeCompare(b.title),
    };
    return list.sort(by[sort]);
  }, [map.actions, owner, status, overdueOnly, sort, today]);

  const tabs: { id: Tab; label: string }[] = [
    { id: 'table', label: 'Table' },
    { id: 'board', label: 'Board' },
    { id: 'matrix', label: 'Matrix' },
  ];
  const select = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm';

  return (
    <div className="flex h-full flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <div
          role="tablist"
          aria-label="Actions view"
          className="flex rounded-lg bg-slate-100 p-0.5"
        >
          {tabs.map((t) => (
            <button
              key={t.id}
              role="tab"
              type="button"
              aria-selected={tab === t.id}
              onClick={() => setTab(t.id)}
              className={`rounded-md px-3 py-1 text-sm ${tab === t.id ? 'bg-white font-semibold shadow-sm' : 'text-slate-600'}`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <select
          aria-label="Filter actions by owner"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          className={select}
        >
          <option value="">Any owner</option>
          {map.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter actions by status"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          className={select}
        >
          <option value="">Any status</option>
          <option value="todo">To do</option>
          <option value="doing">Doing</option>
          <option value="done">Done</option>
        </select>
        <label className="flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => setOverdueOnly(e.target.checked)}
            className="h-4 w-4 accent-red-600"
          />
          Overdue only
        </label>
        {tab === 'table' && (
          <select
            aria-label="Sort actions"
            value={sort}
            onChange={(e) => setSort(e.target.value as Sort)}
            className={select}
          >
            <option value="due">By due date</option>
            <option value="impact">By impact</option>
            <option value="effort">By effort</option>
            <option value="title">By title</option>
          </select>
        )}
        {!readOnly && (
          <button
            type="button"
            onClick={() => addAction(doc, { title: 'New action' })}
            className="ml-auto rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            Add action
          </button>
        )}
      </div>
      {map.actions.length === 0 ? (
        <p className="text-slate-500">
          No actions yet. Select a pain point or an opportunity and choose “Create action”, or add
          one here.
        </p>
      ) : tab === 'table' ? (
        <ActionsTable actions={actions} map={map} today={today} readOnly={readOnly} />
      ) : tab === 'board' ? (
        <ActionsBoard actions={actions} map={map} today={today} readOnly={readOnly} />
      ) : (
        // As tall as the panel leaves (the whole grid on screen, to drag across it).
        <div className="min-h-72 flex-1">
          <ImpactEffortMatrix
            actions={actions.filter((a) => a.status !== 'done')}
            readOnly={readOnly}
          />
        </div>
      )}
    </div>
  );
}
