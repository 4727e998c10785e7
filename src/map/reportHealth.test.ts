import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { drawnText } from '../exchange/pdfInspect.ts';
import { buildReport } from '../exchange/pdfReport.ts';
import { healthSummary } from '../health/explain.ts';
import { healthReport } from '../health/score.ts';

/* The toolbar hands the Health panel's report to the PDF export: both must print one score. */

describe('the health score in the steering report', () => {
  it('is the Health panel’s score, with the same points per check', async () => {
    const map = templateMap('blank')!;
    const report = healthReport(map, { today: '2025-07-01', staleDays: 90 });
    // Worked out in health/score.test.ts: 100 − 20 − 16 − 15 − 12 − 8 − 8 = 21.
    expect(report.score).toBe(21);
    const pdf = await buildReport({
      map,
      today: '2025-07-01',
      health: healthSummary(report),
      picture: null,
    });
    const text = await drawnText(pdf.blob);
    expect(text).toContain('(21 / 100) Tj');
    expect(text).toContain('(Health score 21 / 100: 100 - 20 - 16 - 15 - 12 - 8 - 8 = 21) Tj');
    expect(text).toContain('(Stages without cards) Tj');
    expect(text).toContain('(-20 of 20) Tj');
    expect(text).toContain('(Stage "Discover" has no cards) Tj');
  });
});
