import { describe, expect, it } from 'vitest';
import { createUiStore } from '../editor/uiStore.ts';
import { revealTarget } from './reveal.ts';

describe('revealTarget', () => {
  it('selects cards, stages, lanes and connections on the canvas', () => {
    for (const kind of ['card', 'stage', 'lane', 'connection'] as const) {
      const ui = createUiStore();
      revealTarget(ui, { kind, id: 'x1' });
      expect(ui.getState().selection).toEqual({ kind, id: 'x1' });
      expect(ui.getState().panel).toBe('inspector');
    }
  });

  it('opens the panel listing KPIs, personas, actions or systems', () => {
    const expected = {
      kpi: 'kpis',
      persona: 'personas',
      action: 'actions',
      system: 'systems',
    } as const;
    for (const kind of ['kpi', 'persona', 'action', 'system'] as const) {
      const ui = createUiStore();
      revealTarget(ui, { kind, id: 'x1' });
      expect(ui.getState().panel).toBe(expected[kind]);
      expect(ui.getState().selection).toBeNull();
    }
  });
});
