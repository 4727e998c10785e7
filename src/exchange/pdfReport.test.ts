import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { sampleMap } from './fixtures.ts';
import { drawnText } from './pdfInspect.ts';
import { buildReport } from './pdfReport.ts';
import type { ReportHealth } from './report.ts';

async function pages(blob: Blob): Promise<number> {
  const text = await blob.text();
  return text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** A health summary as the Health panel works it out (see health/explain.ts). */
const HEALTH: ReportHealth = {
  score: 77,
  sum: '100 − 15 − 8 = 77',
  rule: 'The score starts at 100.',
  lines: [
    { title: 'Stages without an owner', findings: 2, points: 15, weight: 15 },
    { title: 'No purpose', findings: 1, points: 8, weight: 20 },
    { title: 'Stages without cards', findings: 0, points: 0, weight: 20 },
  ],
  findings: [
    { message: 'Stage Buy has no owner', severity: 'high' },
    { message: 'Stage Use has no owner', severity: 'high' },
    { message: 'The map has no purpose', severity: 'high' },
  ],
};

describe('buildReport', () => {
  it('prints the health score, the points each check took, the rule and the findings', async () => {
    const report = await buildReport({
      map: sampleMap(),
      today: '2025-07-01',
      health: HEALTH,
      picture: null,
    });
    const text = await drawnText(report.blob);
    for (const shown of [
      '77 / 100',
      'Health score',
      '3 findings, 3 critical or high',
      'Health score 77 / 100: 100 - 15 - 8 = 77',
      'Stages without an owner',
      '-15 of 15',
      '-8 of 20',
      'The score starts at 100.',
      'Stage Use has no owner',
    ]) {
      expect(text).toContain(`(${shown}) Tj`);
    }
    // A check that took nothing is not a row of the score table.
    expect(text).not.toContain('(Stages without cards) Tj');
  });

  it('makes a cover and a page of tables for a small map without a picture', async () => {
    const report = await buildReport({ map: sampleMap(), today: '2025-07-01', picture: null });
    expect(report.pages).toBe(2);
    expect(await pages(report.blob)).toBe(2);
    const text = await drawnText(report.blob);
    for (const shown of ['Refinancing journey', 'Retention', 'Off target', 'Show fees up front']) {
      expect(text).toContain(`(${shown}) Tj`);
    }
  });

  it('adds readable tiles of a map too big for the cover, then the legend', async () => {
    const map = templateMap('ecommerce', 'Shop')!;
    const report = await buildReport({ map, today: '2025-07-01', health: HEALTH });
    // Cover, four tiles (two stage groups by two lane groups), the legend, tables.
    expect(report.pages).toBe(7);
    const text = await drawnText(report.blob);
    expect(text).toContain('(The map in detail \\(4 of 4\\)) Tj');
    expect(text).not.toContain('(The map in detail \\(5 of');
    expect(text).toContain('(Legend) Tj');
  });

  it('continues a long actions table over further pages', async () => {
    const map = sampleMap();
    map.actions = Array.from({ length: 90 }, (_, i) => ({
      ...map.actions[1]!,
      id: `a${i}`,
      title: `Action number ${i}`,
    }));
    const report = await buildReport({ map, today: '2025-07-01', picture: null });
    expect(report.pages).toBeGreaterThanOrEqual(4);
    const text = await drawnText(report.blob);
    expect(text).toContain('(Improvement actions \\(continued\\)) Tj');
    expect(text).toContain('(Action number 89) Tj');
  });

  it('ends with the systems: the roadmap, the catalogue and the missing data flow', async () => {
    const map = templateMap('refinancing')!;
    const report = await buildReport({ map, today: '2025-07-01', picture: null });
    const text = await drawnText(report.blob);
    for (const shown of [
      'Systems behind the journey',
      'Fix first',
      'CRM-LOS integration',
      'Data flows',
      'Active loan status',
      'Missing',
      'Data flows missing or broken',
    ]) {
      expect(text).toContain(`(${shown}) Tj`);
    }
    // A map without systems or data flows has no such page.
    const plain = await drawnText(
      (await buildReport({ map: templateMap('ecommerce')!, today: '2025-07-01', picture: null }))
        .blob,
    );
    expect(plain).not.toContain('Systems behind the journey');
  });
});
