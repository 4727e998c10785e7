import { expect, type Locator, type Page } from '@playwright/test';

export type SystemsTab = 'Catalogue' | 'Data flows' | 'Roadmap';

// The roadmap's drawing, in SVG units (see src/systems/roadmapGeometry.ts).
const ROADMAP = { width: 520, height: 440, pad: 40 };
const CELL_W = (ROADMAP.width - ROADMAP.pad * 2) / 5;
const CELL_H = (ROADMAP.height - ROADMAP.pad * 2) / 5;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "Systems" side panel: the catalogue, the data flows and the roadmap chart. */
export class SystemsPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly roadmap: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Systems panel', exact: true });
    this.toggle = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'Systems', exact: true });
    this.roadmap = this.root.getByRole('group', {
      name: 'Importance and maturity roadmap',
      exact: true,
    });
  }

  async open(tab: SystemsTab = 'Catalogue'): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
    const button = this.root.getByRole('tab', { name: new RegExp(`^${escape(tab)}`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-selected', 'true');
  }

  /** A catalogue entry, an article named "System <name>". */
  system(name: string): Locator {
    return this.root.getByRole('article', { name: `System ${name}`, exact: true });
  }

  /** A system's dot on the roadmap: "System <name>, importance N, maturity M, <quadrant>". */
  dot(name: string, importance?: number, maturity?: number): Locator {
    const scores =
      importance === undefined || maturity === undefined
        ? ', '
        : `, importance ${importance}, maturity ${maturity}, `;
    return this.roadmap.getByRole('button', {
      name: new RegExp(`^System ${escape(name)}${escape(scores)}`),
    });
  }

  /** Clicks a system's dot (the circle: the group's middle may fall between dot and name). */
  async clickDot(name: string): Promise<void> {
    await this.dot(name).locator('circle').last().click();
  }

  /** Drags a system's dot with the mouse onto the centre of the cell (importance, maturity). */
  async dragDot(name: string, importance: number, maturity: number): Promise<void> {
    const dot = this.dot(name).locator('circle').last();
    await expect(dot).toBeInViewport();
    const from = await dot.boundingBox();
    const svg = await this.roadmap.boundingBox();
    if (!from || !svg) throw new Error(`the dot of "${name}" is not on screen`);
    const scale = svg.width / ROADMAP.width;
    const to = {
      x: svg.x + (ROADMAP.pad + (5.5 - maturity) * CELL_W) * scale,
      y: svg.y + (ROADMAP.pad + (5.5 - importance) * CELL_H) * scale,
    };
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 6, start.y + 6, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps: 15 });
    await this.page.mouse.up();
  }

  /** A data flow in the "Data flows" tab, named as screen readers hear it. */
  flow(name: string | RegExp): Locator {
    return this.root.getByRole('listitem', { name });
  }
}
