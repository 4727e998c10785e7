import type { Panel, UiStore } from '../editor/uiStore.ts';
import type { Finding } from './types.ts';

/* Where clicking a finding takes the user. */

const PANELS: Record<'kpi' | 'persona' | 'action' | 'system' | 'activity', Panel> = {
  kpi: 'kpis',
  persona: 'personas',
  action: 'actions',
  system: 'systems',
  // The activity mapping table is in the Observed panel.
  activity: 'observed',
};

/** Selects a finding's card, stage, lane or connection, or opens the panel that lists it. */
export function revealTarget(ui: UiStore, target: NonNullable<Finding['target']>): void {
  const { kind, id } = target;
  if (kind === 'card' || kind === 'stage' || kind === 'lane' || kind === 'connection')
    ui.getState().select({ kind, id });
  else ui.getState().openPanel(PANELS[kind]);
}
