import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { createServer } from '../../server/createServer.ts';
import { SHAPE, syntheticCsv, syntheticXes } from './synthetic.ts';

/*
 * The observations import in headless Chromium, from the file chosen to the overlay drawn, on
 * the synthetic BPI-2012-shaped log (CSV and XES.gz): the time, the longest main-thread task
 * meanwhile, and the page's peak JS heap. Serves the built app in dist/ (run `vite build`).
 * Run: npx tsx bench/observed/browser.ts (or npm run bench -- --only observed)
 */

/** A map whose 24 cards are the log's activities, 4 per stage. */
function stepMap() {
  const stages = Array.from({ length: 6 }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i + 1}`,
    order: `a${i}`,
  }));
  return {
    meta: { title: 'Observed bench' },
    stages,
    lanes: [{ id: 'l0', name: 'Customer actions', kind: 'actions', order: 'a0' }],
    cards: Array.from({ length: SHAPE.activities }, (_, i) => ({
      id: `c${i}`,
      stageId: `s${Math.floor(i / 4)}`,
      laneId: 'l0',
      order: `a${i % 4}`,
      kind: 'action',
      title: `Step ${String(i + 1).padStart(2, '0')}`,
    })),
  };
}

export interface ObservedBrowserResult {
  format: string;
  fileMb: number;
  /** File chosen → first card count drawn. */
  ms: number;
  /** Of which: parsing in the page's worker and storing (the set's import time). */
  workerMs: number;
  longestTaskMs: number;
  peakHeapMb: number;
}

/** Imports the synthetic log (CSV, XES.gz) in headless Chromium from the built app in dist/. */
export async function observedBrowserRun(
  log: (line: string) => void = () => {},
): Promise<ObservedBrowserResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-bench-observed-'));
  const server = await createServer({
    port: 0,
    dataDir: join(dir, 'data'),
    staticDir: 'dist',
    log: () => {},
  });
  const base = `http://localhost:${server.port}`;
  const results: ObservedBrowserResult[] = [];
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  try {
    const files = [
      { label: 'CSV', name: 'bench.csv', bytes: Buffer.from(syntheticCsv()) },
      { label: 'XES.gz', name: 'bench.xes.gz', bytes: gzipSync(syntheticXes()) },
    ];
    for (const file of files) {
      const path = join(dir, file.name);
      writeFileSync(path, file.bytes);
      const created = await fetch(`${base}/api/maps/import`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${server.workspaceKey}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(stepMap()),
      });
      const { id } = (await created.json()) as { id: string };
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}/?key=${server.workspaceKey}`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${base}/maps/${id}`);
      await page.getByRole('button', { name: 'Observed', exact: true }).click();
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; heap: number };
        w.longest = 0;
        w.heap = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
        }).observe({ type: 'longtask' });
        setInterval(() => {
          const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
          w.heap = Math.max(w.heap, memory?.usedJSHeapSize ?? 0);
        }, 20);
      });
      const t0 = Date.now();
      await page.getByLabel('Event log file').setInputFiles(path);
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('img', { name: /^Step 01: [\d,]+ cases/ }).waitFor({ timeout: 120_000 });
      const ms = Date.now() - t0;
      const { longest, heap } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; heap: number };
        return { longest: w.longest, heap: w.heap };
      });
      // The set's import time: the worker's parse in the page, then the server's checks.
      const listed = await fetch(`${base}/api/maps/${id}/observations`, {
        headers: { authorization: `Bearer ${server.workspaceKey}` },
      });
      const { sets } = (await listed.json()) as { sets: { importMs: number }[] };
      const workerMs = sets[0]?.importMs ?? NaN;
      results.push({
        format: file.label,
        fileMb: file.bytes.length / 2 ** 20,
        ms,
        workerMs,
        longestTaskMs: longest,
        peakHeapMb: heap / 2 ** 20,
      });
      log(
        `${file.label} (${(file.bytes.length / 2 ** 20).toFixed(1)} MB): file chosen → overlay drawn ${ms} ms (worker parse + store ${workerMs} ms), ` +
          `longest main-thread task ${longest.toFixed(0)} ms, peak JS heap ${(heap / 2 ** 20).toFixed(0)} MB`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await observedBrowserRun(console.log);
