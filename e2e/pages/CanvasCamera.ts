import { expect, type Locator, type Page } from '@playwright/test';

/** React Flow's viewport as numbers: the CSS transform `translate(x, y) scale(zoom)`. */
export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

/** Where a screen looks: the centre of its canvas, in canvas coordinates, and the zoom. */
export interface View {
  cx: number;
  cy: number;
  zoom: number;
}

/**
 * The canvas camera of one screen. Screens of different layouts (a presenter has no toolbar)
 * show the same place with different transforms, so views are compared by their centre in
 * canvas coordinates and their zoom, which is what following shares.
 */
export class CanvasCamera {
  /** React Flow's transformed layer; its inline transform is the local viewport. */
  readonly viewport: Locator;
  /** The whole canvas (its size is what the view's centre is measured against). */
  readonly canvas: Locator;
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.viewport = page.locator('.react-flow__viewport');
    this.canvas = page.locator('.react-flow');
    this.pane = page.locator('.react-flow__pane');
  }

  /** The transform as React Flow last wrote it. */
  async transform(): Promise<Transform> {
    const css = await this.viewport.evaluate((el) => (el as HTMLElement).style.transform);
    const m = css.match(/translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([-\d.e]+)\)/);
    if (!m) throw new Error(`unexpected viewport transform: "${css}"`);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  }

  /** The transform once it has stopped changing (animated moves have finished). */
  async settledTransform(): Promise<Transform> {
    let last = '';
    let settled: Transform | null = null;
    await expect
      .poll(
        async () => {
          const now = await this.transform();
          const key = JSON.stringify(now);
          const same = key === last;
          last = key;
          settled = now;
          return same;
        },
        { message: 'the canvas view settles', intervals: [300] },
      )
      .toBe(true);
    return settled!;
  }

  /** The settled view: the canvas point at the centre of this screen's canvas, and the zoom. */
  async view(): Promise<View> {
    const t = await this.settledTransform();
    const box = await this.canvas.boundingBox();
    if (!box) throw new Error('the canvas is not on screen');
    return {
      cx: (box.width / 2 - t.x) / t.zoom,
      cy: (box.height / 2 - t.y) / t.zoom,
      zoom: t.zoom,
    };
  }

  /**
   * Waits until this screen looks at the same place as `other` (within `tolerance` canvas px).
   * `soft` records a failure and lets the test go on (it still fails at the end).
   */
  async expectSameViewAs(
    other: CanvasCamera,
    { tolerance = 4, soft = false }: { tolerance?: number; soft?: boolean } = {},
  ): Promise<void> {
    await (soft ? expect.soft : expect)
      .poll(
        async () => {
          const [mine, theirs] = [await this.view(), await other.view()];
          const close =
            Math.abs(mine.cx - theirs.cx) <= tolerance &&
            Math.abs(mine.cy - theirs.cy) <= tolerance &&
            Math.abs(mine.zoom - theirs.zoom) <= 0.01 * theirs.zoom;
          return close ? 'same view' : `${fmt(mine)} vs ${fmt(theirs)}`;
        },
        { message: 'both screens show the same part of the map' },
      )
      .toBe('same view');
  }

  /** Zooms with the mouse wheel over the centre of the canvas, as a hand would. */
  async wheel(deltaY: number): Promise<void> {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('the canvas pane is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}

const fmt = (v: View) => `(${v.cx.toFixed(1)}, ${v.cy.toFixed(1)}) ×${v.zoom.toFixed(3)}`;
