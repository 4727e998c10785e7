import type { Locator, Page } from '@playwright/test';

/** What a reader sees of the card titles on screen, in CSS pixels. */
export interface TitleSizes {
  /** How many card titles are at least partly inside the canvas. */
  count: number;
  /** Median rendered font size: the computed size times the canvas's scale. */
  medianFontPx: number;
  /** Median height of one line of title text on screen (a Range's first line box). */
  medianLinePx: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** Measures with getBoundingClientRect what the page draws: titles, stages, panels. */
export class Legibility {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.react-flow').first();
  }

  /** Card titles on screen (optionally only those of one stage's cards). */
  async titleSizes(stageName?: string): Promise<TitleSizes> {
    const raw = await this.page.evaluate((stage) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const out: { font: number; line: number }[] = [];
      for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node-card')) {
        if (stage && !node.querySelector(`[data-stage-name="${CSS.escape(stage)}"]`)) continue;
        const title = node.querySelector<HTMLElement>('[data-card-title]');
        if (!title || !title.textContent) continue;
        const r = title.getBoundingClientRect();
        const inside =
          r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
        if (!inside || title.offsetWidth === 0) continue;
        const scale = r.width / title.offsetWidth;
        const range = document.createRange();
        range.selectNodeContents(title);
        const line = range.getClientRects()[0]?.height ?? 0;
        out.push({ font: parseFloat(getComputedStyle(title).fontSize) * scale, line });
      }
      return out;
    }, stageName ?? null);
    return {
      count: raw.length,
      medianFontPx: median(raw.map((r) => r.font)),
      medianLinePx: median(raw.map((r) => r.line)),
    };
  }

  /** The canvas's box on screen. */
  async canvasBox() {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('no canvas');
    return box;
  }

  /** The box on screen of a whole stage column: its header and every card in it. */
  async stageBox(stageName: string) {
    return this.page.evaluate((stage) => {
      const header = document.querySelector(
        `.react-flow__node-stage[aria-label="Stage ${CSS.escape(stage)}"]`,
      );
      const cells = [...document.querySelectorAll(`[data-stage-name="${CSS.escape(stage)}"]`)];
      const boxes = [header, ...cells.map((c) => c.closest('.react-flow__node'))]
        .filter((e): e is Element => e !== null)
        .map((e) => e.getBoundingClientRect());
      if (!boxes.length) throw new Error(`no stage ${stage}`);
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { x: left, y: top, width: right - left, height: bottom - top };
    }, stageName);
  }
}
