import { CARD_KINDS, CHANNELS, EVIDENCE_LEVELS, type MapState } from '../doc/index.ts';
import { CARD_STYLES, CHANNEL_LABELS } from '../canvas/cardStyles.ts';
import { EVIDENCE_LABELS } from '../ui/EvidenceMark.tsx';
import { UndoIcon } from '../ui/icons.tsx';
import { useMemo } from 'react';
import { ExportMenu } from '../exchange/ExportMenu.tsx';
import { DEFAULT_STALE_DAYS } from '../health/checks.ts';
import { healthReport } from '../health/score.ts';
import { today } from '../ui/dates.ts';
import { filtersActive, NO_FILTERS, type Filters } from '../editor/filters.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import type { Panel } from '../editor/uiStore.ts';

interface ToolbarProps {
  map: MapState;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  readOnly: boolean;
  /** Whether the History panel is offered (the server decides who reads versions). */
  readsHistory: boolean;
  openThreads: number;
  /** Opens the dot-vote dialog (facilitators only). */
  onStartVote?: () => void;
}

const PANELS = [
  'actions',
  'health',
  'systems',
  'observed',
  'history',
  'personas',
  'people',
  'kpis',
] as const;

const selectClass =
  'h-9 w-24 shrink-0 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 focus:border-indigo-500 focus:outline-none';
const buttonClass =
  'h-9 shrink-0 rounded-md px-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-40 disabled:hover:bg-transparent';

function FilterSelect<K extends keyof Filters>({
  label,
  field,
  options,
}: {
  label: string;
  field: K;
  options: { value: string; label: string }[];
}) {
  const value = useUi((s) => s.filters[field]);
  const ui = useUiStore();
  return (
    <select
      aria-label={label}
      value={(value as string | null) ?? ''}
      onChange={(e) =>
        ui.getState().setFilters({ [field]: e.target.value || null } as Partial<Filters>)
      }
      className={`${selectClass} ${value ? 'border-indigo-500 bg-indigo-50 text-indigo-900' : ''}`}
    >
      <option value="">{label}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Undo/redo, search and filters, and the buttons that open the map's panels. */
export function Toolbar({
  map,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  readOnly,
  readsHistory,
  openThreads,
  onStartVote,
}: ToolbarProps) {
  const ui = useUiStore();
  const findings = useMemo(
    () => healthReport(map, { today: today(), staleDays: DEFAULT_STALE_DAYS }).findings,
    [map],
  );
  const filters = useUi((s) => s.filters);
  const panel = useUi((s) => s.panel);
  const toggle = (p: Panel) => ui.getState().openPanel(panel === p ? null : p);

  return (
    <div
      role="toolbar"
      aria-label="Map tools"
      className="flex min-h-14 shrink-0 flex-wrap items-center gap-x-1.5 gap-y-1.5 border-b border-slate-200 bg-white px-4 py-2"
    >
      {!readOnly && (
        <>
          <button
            type="button"
            className={buttonClass}
            disabled={!canUndo}
            onClick={onUndo}
            title="Undo (Ctrl+Z)"
            aria-label="Undo"
          >
            <UndoIcon />
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={!canRedo}
            onClick={onRedo}
            title="Redo (Ctrl+Shift+Z)"
            aria-label="Redo"
          >
            <UndoIcon redo />
          </button>
          <span className="h-6 w-px bg-slate-200" aria-hidden="true" />
        </>
      )}
      <input
        type="search"
        aria-label="Search cards"
        placeholder="Search cards…"
        value={filters.search}
        onChange={(e) => ui.getState().setFilters({ search: e.target.value })}
        className={`${selectClass} !w-32`}
      />
      <FilterSelect
        label="Persona"
        field="personaId"
        options={map.personas.map((p) => ({ value: p.id, label: p.name }))}
      />
      <FilterSelect
        label="Owner"
        field="ownerId"
        options={map.people.map((p) => ({ value: p.id, label: p.name }))}
      />
      <FilterSelect
        label="Channel"
        field="channel"
        options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]! }))}
      />
      <FilterSelect
        label="Kind"
        field="kind"
        options={CARD_KINDS.map((k) => ({ value: k, label: CARD_STYLES[k].label }))}
      />
      <FilterSelect
        label="Evidence"
        field="evidence"
        options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABELS[e] }))}
      />
      {filtersActive(filters) && (
        <button
          type="button"
          className={buttonClass}
          onClick={() => ui.getState().setFilters(NO_FILTERS)}
        >
          Clear filters
        </button>
      )}
      <div className="ml-auto flex flex-wrap items-center gap-0.5">
        <ExportMenu map={map} findings={findings} />
        {onStartVote && (
          <button type="button" onClick={onStartVote} className={buttonClass}>
            Dot vote
          </button>
        )}
        <button
          type="button"
          aria-pressed={panel === 'comments'}
          onClick={() => toggle('comments')}
          className={`${buttonClass} ${panel === 'comments' ? 'bg-indigo-50 text-indigo-800' : ''}`}
        >
          Comments
          {openThreads > 0 && (
            <span className="ml-1.5 rounded-full bg-indigo-600 px-1.5 py-0.5 text-xs font-semibold text-white">
              <span className="sr-only">, </span>
              {openThreads}
              <span className="sr-only"> open</span>
            </span>
          )}
        </button>
        {PANELS.filter((p) => p !== 'history' || readsHistory).map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={panel === p}
            onClick={() => toggle(p)}
            className={`${buttonClass} ${panel === p ? 'bg-indigo-50 text-indigo-800' : ''}`}
          >
            {
              {
                actions: 'Actions',
                health: 'Health',
                systems: 'Systems',
                observed: 'Observed',
                history: 'History',
                personas: 'Personas',
                people: 'People',
                kpis: 'KPIs',
              }[p]
            }
          </button>
        ))}
      </div>
    </div>
  );
}
