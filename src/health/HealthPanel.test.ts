import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMapDoc, templateMap, type MapState } from '../doc/index.ts';
import { MapProvider } from '../editor/MapContext.tsx';
import { createUiStore } from '../editor/uiStore.ts';
import { HealthPanel } from './HealthPanel.tsx';

/* A server render is enough to check what the panel says; clicks are covered by reveal.test.ts. */

function render(map: MapState): string {
  return renderToStaticMarkup(
    createElement(MapProvider, {
      doc: createMapDoc(),
      ui: createUiStore(),
      canEdit: true,
      children: createElement(HealthPanel, { map }),
    }),
  );
}

describe('HealthPanel', () => {
  it('shows the score, the stale setting and findings as buttons named by their message', () => {
    const html = render(templateMap('ecommerce')!);
    expect(html).toMatch(/role="meter"[^>]*aria-valuenow="\d+"/);
    expect(html).toMatch(/>\d+<span[^>]*> \/ 100<\/span>/);
    expect(html).toContain('value="90"');
    expect(html).toContain('Pain points with no action');
    expect(html).toMatch(/<button type="button"[^>]*>.*?has no action<\/span><\/button>/);
    expect(html).not.toContain('this map is in good health');
  });

  it('shows the empty state when nothing is found', () => {
    const map: MapState = {
      meta: {
        title: 'Empty',
        purpose: '',
        schemaVersion: 1,
        observedSet: null,
        ignoredActivities: [],
      },
      stages: [],
      lanes: [],
      cards: [],
      personas: [],
      people: [],
      kpis: [],
      actions: [],
      connections: [],
      systems: [],
    };
    const html = render(map);
    expect(html).toContain('No findings — this map is in good health');
    expect(html).toContain('aria-valuenow="100"');
  });
});
