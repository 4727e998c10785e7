import { formatTable } from '../lib/table.ts';
import { observedApiRun, type ObservedApiResult } from '../observed/api.ts';
import { observedBrowserRun, type ObservedBrowserResult } from '../observed/browser.ts';
import type { Verdict } from '../report.ts';

/*
 * `npm run bench -- --only observed`: the event-log import on the synthetic BPI-2012-shaped
 * log (262,000 events), through the API and in headless Chromium (from the built dist/).
 */

export interface ObservedResult {
  api: ObservedApiResult[];
  browser: ObservedBrowserResult[];
}

export async function observedSuite(log: (line: string) => void): Promise<ObservedResult> {
  const api = await observedApiRun((line) => log(`  api ${line}`));
  const browser = await observedBrowserRun((line) => log(`  browser ${line}`));
  return { api, browser };
}

const BROWSER_TARGET_MS: Record<string, number> = { CSV: 1500, 'XES.gz': 2500 };
const n = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

/** The observed table, and the verdicts against the goals. */
export function observedTable(result: ObservedResult, verdicts: Verdict[]): string {
  const rows: string[][] = [];
  for (const r of result.api) {
    const met = r.ratio <= 2;
    verdicts.push({
      target: `observed ${r.format} through the API: whole import ≤ 2× the parse alone`,
      met,
      detail: `${n(r.serverMs)} ms vs parse ${n(r.parseOnlyMs)} ms = ${n(r.ratio, 2)}×`,
    });
    rows.push([
      `API ${r.format} (${n(r.bodyMb, 1)} MB)`,
      `${n(r.serverMs)} (client ${n(r.importMs)})`,
      `${n(r.parseOnlyMs)} → ${n(r.ratio, 2)}×`,
      `RSS ${n(r.peakRssMb)} MB`,
      '',
      `≤ 2×: ${met ? 'met' : 'missed'}`,
    ]);
  }
  for (const r of result.browser) {
    const goal = BROWSER_TARGET_MS[r.format] ?? Infinity;
    const met = r.ms < goal;
    verdicts.push({
      target: `observed ${r.format} in Chromium: file chosen → overlay drawn < ${goal} ms`,
      met,
      detail: `${n(r.ms)} ms, longest main-thread task ${n(r.longestTaskMs)} ms`,
    });
    rows.push([
      `Chromium ${r.format} (${n(r.fileMb, 1)} MB)`,
      `${n(r.ms)} (worker ${n(r.workerMs)})`,
      '',
      `JS heap ${n(r.peakHeapMb)} MB`,
      n(r.longestTaskMs),
      `< ${goal}: ${met ? 'met' : 'missed'}`,
    ]);
  }
  return formatTable(
    [
      'observed import (262,000 events)',
      'ms',
      'parse alone ms → ratio',
      'peak memory',
      'longest task ms',
      'target',
    ],
    rows,
  );
}
