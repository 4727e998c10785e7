import type { MapState } from '../doc/index.ts';
import { UndoIcon } from '../ui/icons.tsx';
import { ToolIcon, type ToolIconName } from '../ui/toolIcons.tsx';
import { useMemo, type ReactNode } from 'react';
import { ExportMenu } from '../exchange/ExportMenu.tsx';
import { DEFAULT_STALE_DAYS } from '../health/checks.ts';
import { healthSummary } from '../health/explain.ts';
import { healthReport } from '../health/score.ts';
import { useObservedHealth } from '../observed/health.ts';
import { today } from '../ui/dates.ts';
import { filtersActive, NO_FILTERS } from '../editor/filters.ts';
import { useUi, useUiStore } from '../editor/MapContext.tsx';
import type { Panel } from '../editor/uiStore.ts';
import { GUARDED_LOOK, needsConnection } from '../ui/needsConnection.ts';
import { useConnectionReason } from '../editor/useConnectionReason.ts';
import { FilterMenu } from './FilterMenu.tsx';
import { SearchBox } from '../navigate/SearchBox.tsx';

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

type PanelTool = { panel: Exclude<Panel, null | 'inspector'>; label: string; icon: ToolIconName };

/** The panels each group opens, in order. */
const COLLABORATE: readonly PanelTool[] = [{ panel: 'people', label: 'People', icon: 'people' }];
const ANALYSE: readonly PanelTool[] = [
  { panel: 'health', label: 'Health', icon: 'health' },
  { panel: 'actions', label: 'Actions', icon: 'actions' },
  { panel: 'kpis', label: 'KPIs', icon: 'kpis' },
  { panel: 'personas', label: 'Personas', icon: 'personas' },
  { panel: 'systems', label: 'Systems', icon: 'systems' },
  { panel: 'observed', label: 'Observed', icon: 'observed' },
  { panel: 'history', label: 'History', icon: 'history' },
];

const buttonClass =
  'flex h-9 shrink-0 items-center gap-1.5 rounded-md px-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 disabled:opacity-40 disabled:hover:bg-transparent';
const pressed = 'bg-indigo-50 text-indigo-800';

/** A labelled cluster of tools, set apart from its neighbours by a rule. */
function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="group"
      aria-label={label}
      className="flex items-center gap-0.5 border-l border-slate-200 pl-2 first:border-l-0 first:pl-0"
    >
      {children}
    </div>
  );
}

/**
 * The map's tools in four groups — view and filter · collaborate · analyse · export — each
 * with an icon and a label; the card filters sit in one "Filters" popover.
 */
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
  const offline = useConnectionReason();
  const observed = useObservedHealth(map);
  const health = useMemo(
    () =>
      healthSummary(healthReport(map, { today: today(), staleDays: DEFAULT_STALE_DAYS, observed })),
    [map, observed],
  );
  const filters = useUi((s) => s.filters);
  const panel = useUi((s) => s.panel);
  const toggle = (p: Panel) => ui.getState().openPanel(panel === p ? null : p);
  const panelButton = ({ panel: p, label, icon }: PanelTool) => (
    <button
      key={p}
      type="button"
      aria-pressed={panel === p}
      onClick={() => toggle(p)}
      title={label}
      className={`${buttonClass} ${panel === p ? pressed : ''}`}
    >
      <ToolIcon name={icon} />
      {/* Narrower windows show the icon with its tooltip; the name stays for screen readers. */}
      <span className="max-[1400px]:sr-only">{label}</span>
    </button>
  );

  return (
    <div
      role="toolbar"
      aria-label="Map tools"
      className="flex min-h-13 shrink-0 flex-wrap items-center gap-x-2 gap-y-1.5 border-b border-slate-200 bg-white px-4 py-2"
    >
      <Group label="View and filter">
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
          </>
        )}
        <SearchBox map={map} />
        <FilterMenu map={map} className={buttonClass} />
        {filtersActive(filters) && (
          <button
            type="button"
            className={buttonClass}
            onClick={() => ui.getState().setFilters(NO_FILTERS)}
          >
            Clear filters
          </button>
        )}
      </Group>
      <div className="ml-auto flex flex-wrap items-center gap-2">
        <Group label="Collaborate">
          <button
            type="button"
            aria-pressed={panel === 'comments'}
            onClick={() => toggle('comments')}
            className={`${buttonClass} ${panel === 'comments' ? pressed : ''}`}
          >
            <ToolIcon name="comments" />
            Comments
            {openThreads > 0 && (
              <span className="rounded-full bg-indigo-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                <span className="sr-only">, </span>
                {openThreads}
                <span className="sr-only"> open</span>
              </span>
            )}
          </button>
          {onStartVote && (
            <button
              type="button"
              {...needsConnection(offline, onStartVote)}
              className={`${buttonClass} ${GUARDED_LOOK}`}
            >
              <ToolIcon name="vote" />
              Dot vote
            </button>
          )}
          {COLLABORATE.map(panelButton)}
        </Group>
        <Group label="Analyse">
          {ANALYSE.filter((t) => t.panel !== 'history' || readsHistory).map(panelButton)}
        </Group>
        <Group label="Export">
          <ExportMenu
            map={map}
            health={health}
            className={buttonClass}
            icon={<ToolIcon name="export" />}
          />
        </Group>
      </div>
    </div>
  );
}
