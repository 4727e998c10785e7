import type { MapState } from '../../doc/index.ts';
import { IconButton } from '../../ui/IconButton.tsx';
import { useUi, useUiStore } from '../../editor/MapContext.tsx';
import type { Panel } from '../../editor/uiStore.ts';
import { ActionsView } from '../../actions/ActionsView.tsx';
import { HealthPanel } from '../../health/HealthPanel.tsx';
import { HistoryPanel } from '../../history/HistoryPanel.tsx';
import { CommentsPanel } from '../../comments/CommentsPanel.tsx';
import { ConnectionInspector } from '../../connections/ConnectionInspector.tsx';
import { useObservedHealth } from '../../observed/health.ts';
import { ObservedPanel } from '../../observed/ObservedPanel.tsx';
import { SystemsPanel } from '../../systems/SystemsPanel.tsx';
import { CardInspector } from './CardInspector.tsx';
import { KpisPanel } from './KpisPanel.tsx';
import { LaneInspector } from './LaneInspector.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { PersonasPanel } from './PersonasPanel.tsx';
import { ShortcutsPanel } from './ShortcutsPanel.tsx';
import { StageInspector } from './StageInspector.tsx';

const TITLES: Record<Exclude<Panel, null | 'inspector'>, string> = {
  people: 'People and teams',
  personas: 'Personas',
  kpis: 'KPIs',
  comments: 'Comments',
  actions: 'Actions',
  health: 'Map health',
  history: 'History',
  systems: 'Systems',
  observed: 'Observed journeys',
  shortcuts: 'Keyboard shortcuts',
};

/** Panels that only show, for everyone: no "view only" note in their header. */
const READING_PANELS: readonly Panel[] = ['health', 'history', 'shortcuts', 'comments'];

/** Where a panel docks: the wide Actions backlog below the canvas, the others beside it. */
export function panelDock(panel: Panel): 'side' | 'bottom' {
  return panel === 'actions' ? 'bottom' : 'side';
}

/**
 * The open panel — the inspector of the selection or one of the map's directories — docked
 * beside the canvas (or below it, see panelDock): the canvas narrows instead of being covered.
 */
export function SidePanel({
  mapId,
  map,
  readOnly,
  dock,
}: {
  mapId: string;
  map: MapState;
  readOnly: boolean;
  /** Which dock this instance fills; it shows only a panel that docks there. */
  dock: 'side' | 'bottom';
}) {
  const panel = useUi((s) => s.panel);
  const observed = useObservedHealth(map);
  const selection = useUi((s) => s.selection);
  const ui = useUiStore();
  if (!panel || panelDock(panel) !== dock) return null;

  let title: string;
  let body: React.ReactNode;
  if (panel === 'inspector') {
    const card =
      selection?.kind === 'card' ? map.cards.find((c) => c.id === selection.id) : undefined;
    const stage =
      selection?.kind === 'stage' ? map.stages.find((s) => s.id === selection.id) : undefined;
    const lane =
      selection?.kind === 'lane' ? map.lanes.find((l) => l.id === selection.id) : undefined;
    const connection =
      selection?.kind === 'connection'
        ? map.connections.find((c) => c.id === selection.id)
        : undefined;
    if (card) {
      title = 'Card';
      body = <CardInspector card={card} map={map} readOnly={readOnly} />;
    } else if (stage) {
      title = 'Stage';
      body = <StageInspector stage={stage} map={map} readOnly={readOnly} />;
    } else if (lane) {
      title = 'Lane';
      body = <LaneInspector lane={lane} map={map} readOnly={readOnly} />;
    } else if (connection) {
      title = 'Connection';
      body = <ConnectionInspector connection={connection} map={map} readOnly={readOnly} />;
    } else {
      return null;
    }
  } else {
    title = TITLES[panel];
    body =
      panel === 'history' ? (
        <HistoryPanel mapId={mapId} map={map} canEdit={!readOnly} />
      ) : panel === 'actions' ? (
        <ActionsView map={map} readOnly={readOnly} />
      ) : panel === 'health' ? (
        <HealthPanel map={map} mapId={mapId} observed={observed} />
      ) : panel === 'comments' ? (
        <CommentsPanel map={map} />
      ) : panel === 'people' ? (
        <PeoplePanel map={map} readOnly={readOnly} />
      ) : panel === 'personas' ? (
        <PersonasPanel map={map} readOnly={readOnly} />
      ) : panel === 'kpis' ? (
        <KpisPanel map={map} readOnly={readOnly} mapId={mapId} />
      ) : panel === 'systems' ? (
        <SystemsPanel map={map} readOnly={readOnly} />
      ) : panel === 'observed' ? (
        <ObservedPanel map={map} />
      ) : (
        <ShortcutsPanel />
      );
  }

  const viewOnly = readOnly && !READING_PANELS.includes(panel);
  const size =
    dock === 'bottom'
      ? 'h-[50%] min-h-64 w-full border-t'
      : panel === 'systems'
        ? 'w-[min(560px,45%)] border-l'
        : panel === 'observed'
          ? 'w-[min(440px,45%)] border-l'
          : 'w-[min(380px,45%)] border-l';
  return (
    <aside
      aria-label={`${title} panel`}
      className={`relative z-20 flex shrink-0 ${size} flex-col overflow-hidden border-slate-200 bg-white`}
    >
      <header className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-2.5">
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        {viewOnly && (
          <span className="mr-auto rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
            view only
          </span>
        )}
        <IconButton label="Close panel" onClick={() => ui.getState().openPanel(null)}>
          <span aria-hidden="true" className="text-lg leading-none">
            ×
          </span>
        </IconButton>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto p-4">{body}</div>
    </aside>
  );
}
