import type { Page } from '@playwright/test';

/*
 * What the canvas benchmark does inside the page: wait for every card to be laid out, record
 * frame times with requestAnimationFrame, and drive the pointer the way a person pans, zooms
 * and drags.
 */

declare global {
  interface Window {
    __frames?: number[];
    __recording?: boolean;
  }
}

/** Waits until `cards` card nodes exist and are measured (React Flow hides unmeasured nodes). */
export async function cardsRenderedAt(
  page: Page,
  cards: number,
  timeoutMs: number,
): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      (n) => {
        const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node-card');
        if (nodes.length < n) return false;
        for (const node of nodes) if (node.style.visibility === 'hidden') return false;
        // performance.now() counts from navigation start in this document.
        return performance.now();
      },
      cards,
      { polling: 'raf', timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    // Say what the page shows instead: a changed selector or a dialog in the way.
    const seen = await page.evaluate(() => ({
      cards: document.querySelectorAll('.react-flow__node-card').length,
      text: document.body.innerText.slice(0, 200),
    }));
    throw new Error(
      `${cards} cards not rendered within ${timeoutMs} ms: ${seen.cards} card nodes; page says ` +
        `${JSON.stringify(seen.text)} (${(error as Error).message.split('\n')[0]})`,
    );
  }
}

// A string, not a function: tsx wraps named inner functions in a `__name` helper that does
// not exist in the page.
const RECORD_FRAMES = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = 0;
  const step = (now) => {
    if (!window.__recording) return;
    if (last) window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})()`;

export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(RECORD_FRAMES);
}

export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    window.__recording = false;
    return window.__frames ?? [];
  });
}

/** Pans by dragging the empty pane and zooms with the wheel, alternately, for `ms`. */
export async function panAndZoom(page: Page, ms: number): Promise<void> {
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const cx = size.width / 2;
  const cy = size.height / 2;
  const t0 = Date.now();
  // Rounds go in pairs (there and back), so the view ends where it started, over the cards.
  for (let round = 0; Date.now() - t0 < ms || round % 2 === 1; round++) {
    const dir = round % 2 === 0 ? 1 : -1;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) await page.mouse.move(cx + dir * i * 20, cy + dir * i * 8);
    await page.mouse.up();
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, dir * -120);
    }
  }
}

// Finds the card nearest the middle of the pane whose centre is really on top there.
const CARD_NEAR_CENTRE = `(() => {
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  let best = null;
  for (const node of document.querySelectorAll('.react-flow__node-card')) {
    const r = node.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !node.contains(hit)) continue;
    const d = Math.hypot(x - cx, y - cy);
    if (!best || d < best.d) best = { x, y, d };
  }
  return best && { x: best.x, y: best.y, pane: { left: pane.left, top: pane.top, right: pane.right, bottom: pane.bottom } };
})()`;

interface Target {
  x: number;
  y: number;
  pane: { left: number; top: number; right: number; bottom: number };
}

/**
 * Drags one card by small steps across the grid for about `ms`, then drops it. Returns whether
 * React Flow really was dragging it (a drag that never engaged would flatter the frame times).
 */
export async function dragCard(page: Page, ms: number): Promise<boolean> {
  const target = (await page.evaluate(CARD_NEAR_CENTRE)) as Target | null;
  if (!target) throw new Error('no card on screen to drag');
  const { pane } = target;
  let { x, y } = target;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const t0 = Date.now();
  let dx = 6;
  let dy = 3;
  let engaged = false;
  for (let step = 0; Date.now() - t0 < ms; step++) {
    // Bounce inside the pane so the card keeps crossing cells.
    if (x + dx < pane.left + 20 || x + dx > pane.right - 20) dx = -dx;
    if (y + dy < pane.top + 20 || y + dy > pane.bottom - 20) dy = -dy;
    x += dx;
    y += dy;
    await page.mouse.move(x, y);
    if (step === 10) {
      engaged = await page.evaluate(
        () => document.querySelector('.react-flow__node-card.dragging') !== null,
      );
    }
  }
  await page.mouse.up();
  return engaged;
}
