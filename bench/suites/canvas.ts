import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { WORKSPACE_KEY } from '../lib/access.ts';
import { importMap } from '../lib/api.ts';
import { syntheticMap } from '../lib/fixtures.ts';
import { repoRoot, type ServerProcess } from '../lib/servers.ts';
import { distribution, type Distribution } from '../lib/stats.ts';
import { cardsRenderedAt, dragCard, panAndZoom, startFrames, stopFrames } from './canvasPage.ts';

/*
 * The canvas in headless Chromium on the built app served by Trailmap: time from navigation
 * to every card laid out, and frame times (requestAnimationFrame deltas) while panning and
 * zooming, and while dragging one card across the grid.
 */

export interface CanvasOptions {
  sizes: number[];
  interactMs: number;
  build: boolean;
}

export interface CanvasResult {
  cards: number;
  renderedMs: number;
  panZoomFrames: Distribution;
  dragFrames: Distribution;
  /** Whether React Flow reported the card as dragging (else the drag figures mean nothing). */
  dragEngaged: boolean;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const FIRST_VIEW_CARDS = 20;

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Builds the app into dist/ so that the server serves the current code. */
export function buildApp(): void {
  const result = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}${result.stderr}`);
}

export async function canvasRun(server: ServerProcess, o: CanvasOptions): Promise<CanvasResult[]> {
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: ARGS,
  });
  const results: CanvasResult[] = [];
  try {
    for (const cards of o.sizes) {
      // 10 stages × 8 lanes: a wide map with up to a few dozen cards per cell.
      const map = syntheticMap({ cards, stages: 10, lanes: 8, seed: 3 });
      const created = await importMap(server.httpBase, map);
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      // Sign in as a workspace member through the sign-in link the server prints (the key is
      // kept by the app), so that the timed navigation below is just opening the map.
      await page.goto(`${server.httpBase}/?key=${WORKSPACE_KEY}`);
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.httpBase}/maps/${created.id}`, { waitUntil: 'commit' });
      // The opening view (stage 1 at a readable zoom) shows a few dozen cards; a big map draws
      // only those. Drawn = the first 20 card nodes are in the page and none is hidden.
      const renderedMs = await cardsRenderedAt(page, Math.min(cards, FIRST_VIEW_CARDS), 60_000);
      // Let fitView and the first paints settle before timing frames.
      await page.waitForTimeout(500);
      await startFrames(page);
      await panAndZoom(page, o.interactMs);
      const panZoomFrames = distribution(await stopFrames(page));
      await page.waitForTimeout(300);
      await startFrames(page);
      const dragEngaged = await dragCard(page, o.interactMs);
      const dragFrames = distribution(await stopFrames(page));
      results.push({ cards, renderedMs, panZoomFrames, dragFrames, dragEngaged });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
