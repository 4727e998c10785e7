import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { KpiData } from '../doc/index.ts';
import { KpiSparkline } from './KpiSparkline.tsx';

const kpi: KpiData = {
  id: 'k1',
  name: 'Activation',
  unit: '%',
  target: 40,
  current: 44,
  direction: 'higher',
  ownerId: null,
  stageId: null,
  cardId: null,
  min: null,
  max: null,
  history: [
    { at: '2026-11-01T12:00:00Z', value: 31, source: 'manual' },
    { at: '2026-11-08T12:00:00Z', value: 38 },
    { at: '2026-12-03T12:00:00Z', value: 44, source: 'api' },
  ],
};

describe('KpiSparkline', () => {
  it('names its first and last values with dates and sources, and can be focused', () => {
    const html = renderToStaticMarkup(createElement(KpiSparkline, { kpi, color: '#15803d' }));
    expect(html).toContain('role="group"');
    expect(html).toContain('tabindex="0"');
    // Dates and times are shown in the viewer’s time zone.
    expect(html).toMatch(
      /aria-label="History of Activation: 3 values, from \d{1,2} Nov 2026, \d\d:\d\d: 31% \(by hand\) to \d{1,2} Dec 2026, \d\d:\d\d: 44% \(API\)\. Arrow keys read each value\."/,
    );
    expect(html.match(/<circle/g)).toHaveLength(3);
  });

  it('draws nothing for fewer than two values', () => {
    const one = { ...kpi, history: kpi.history.slice(0, 1) };
    expect(renderToStaticMarkup(createElement(KpiSparkline, { kpi: one, color: '#000' }))).toBe('');
  });
});
