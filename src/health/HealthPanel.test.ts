import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMapDoc, templateMap, type MapState } from '../doc/index.ts';
import { MapProvider } from '../editor/MapContext.tsx';
import { createUiStore } from '../editor/uiStore.ts';
import { today } from '../ui/dates.ts';
import { SCORE_RULE } from './explain.ts';
import { healthy } from './fixtures.ts';
import { HealthPanel } from './HealthPanel.tsx';

/* A server render is enough to check what the panel says; clicks are covered by reveal.test.ts. */

function render(map: MapState, mapId?: string): string {
  return renderToStaticMarkup(
    createElement(MapProvider, {
      doc: createMapDoc(),
      ui: createUiStore(),
      canEdit: true,
      children: createElement(HealthPanel, { map, mapId }),
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
    // The panel judges with today's date: review every card today and let the action wait.
    const map = healthy();
    for (const c of map.cards) c.reviewedAt = today();
    map.actions[0]!.due = null;
    const html = render(map);
    expect(html).toContain('No findings — this map is in good health');
    expect(html).toContain('aria-valuenow="100"');
    expect(html).toContain('100 = 100');
  });

  it('explains the score: the rule, each check against its weight, and the sum', () => {
    const html = render(templateMap('blank')!);
    expect(html).toContain('aria-valuenow="21"');
    expect(html).toContain('How the score is worked out');
    expect(html).toContain(SCORE_RULE.replace(/'/g, '&#x27;'));
    // The completeness checks weigh 20, the owners of the stages 15.
    expect(html).toMatch(/Stages without cards<\/th><td[^>]*>3<\/td><td[^>]*>−20<span[^>]*> of 20/);
    expect(html).toMatch(
      /Stages without an owner<\/th><td[^>]*>3<\/td><td[^>]*>−15<span[^>]*> of 15/,
    );
    expect(html).toContain('100 − 20 − 16 − 15 − 12 − 8 − 8 = 21');
    // Without a map id there are no versions to compare with, so the section is left out.
    expect(html).not.toContain('Since the last version');
  });

  it('says what is missing when no version has been saved to compare with', () => {
    const html = render(templateMap('blank')!, 'map-1');
    expect(html).toContain('Since the last version');
    expect(html).toContain('Looking for the last saved version');
  });
});
