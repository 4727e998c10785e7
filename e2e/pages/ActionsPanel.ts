import { expect, type Locator, type Page } from '@playwright/test';

export type ActionsTab = 'Table' | 'Board' | 'Matrix';
export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

// The matrix's drawing, in SVG units (see src/actions/ImpactEffortMatrix.tsx's viewBox).
const MATRIX = { width: 520, height: 400, pad: 36 };
const CELL_W = (MATRIX.width - MATRIX.pad * 2) / 5;
const CELL_H = (MATRIX.height - MATRIX.pad * 2) / 5;

/** The "Actions" side panel: the backlog as a table, a board by status, and the matrix. */
export class ActionsPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly closeButton: Locator;
  readonly addButton: Locator;
  readonly matrix: Locator;
  readonly ownerFilter: Locator;
  readonly statusFilter: Locator;
  readonly overdueOnly: Locator;
  readonly sort: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Actions panel', exact: true });
    this.toggle = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'Actions', exact: true });
    this.closeButton = this.root.getByRole('button', { name: 'Close panel', exact: true });
    this.addButton = this.root.getByRole('button', { name: 'Add action', exact: true });
    this.matrix = this.root.getByRole('group', { name: 'Impact and effort matrix', exact: true });
    this.ownerFilter = this.root.getByRole('combobox', { name: 'Filter actions by owner' });
    this.statusFilter = this.root.getByRole('combobox', { name: 'Filter actions by status' });
    this.overdueOnly = this.root.getByRole('checkbox', { name: 'Overdue only' });
    this.sort = this.root.getByRole('combobox', { name: 'Sort actions' });
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }

  async showTab(tab: ActionsTab): Promise<void> {
    const button = this.root.getByRole('tab', { name: tab, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-selected', 'true');
  }

  // --- table ------------------------------------------------------------------------------

  /** The table row of an action, found by the value of its "Action title" field. */
  row(title: string): Locator {
    const status = this.page.getByRole('combobox', { name: `Status of ${title}`, exact: true });
    return this.root.getByRole('row').filter({ has: status });
  }

  /** A field of an action's row: "Owner", "Status", "Impact", "Effort" ("<Field> of <title>"). */
  field(name: 'Owner' | 'Status' | 'Impact' | 'Effort', title: string): Locator {
    return this.root.getByRole('combobox', { name: `${name} of ${title}`, exact: true });
  }

  /** Makes `person` the owner of an action with its owner combobox: type, then Enter. */
  async chooseOwner(title: string, person: string): Promise<void> {
    const box = this.field('Owner', title);
    await box.fill(person);
    const people = this.root.getByRole('listbox', { name: 'People', exact: true });
    await expect(people.getByRole('option', { name: person, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await box.press('Enter');
    await expect(box).toHaveValue(person);
  }

  dueDate(title: string): Locator {
    return this.root.getByLabel(`Due date of ${title}`, { exact: true });
  }

  get titleFields(): Locator {
    return this.root.getByRole('textbox', { name: 'Action title', exact: true });
  }

  /** Renames an action in the table (the title commits when the field loses focus). */
  async rename(from: string, to: string): Promise<void> {
    const field = this.row(from).getByRole('textbox', { name: 'Action title', exact: true });
    await field.fill(to);
    await field.press('Tab');
    await expect(this.field('Status', to)).toBeVisible();
  }

  // --- board ------------------------------------------------------------------------------

  /** A board column: "To do", "Doing", "Done". */
  column(status: 'To do' | 'Doing' | 'Done'): Locator {
    return this.root.getByRole('region', { name: status, exact: true });
  }

  /** An action's card on the board. */
  boardCard(title: string): Locator {
    return this.root.getByRole('article', { name: `Action ${title}`, exact: true });
  }

  // --- matrix -----------------------------------------------------------------------------

  /** An action's dot on the matrix, named "Action <title>, impact N, effort M". */
  dot(title: string, impact?: number, effort?: number): Locator {
    if (impact === undefined || effort === undefined) {
      return this.matrix.getByRole('button', { name: new RegExp(`^Action ${escape(title)}, `) });
    }
    return this.matrix.getByRole('button', {
      name: `Action ${title}, impact ${impact}, effort ${effort}`,
      exact: true,
    });
  }

  /** Drags an action's dot with the mouse onto the centre of the cell (impact, effort). */
  async dragDot(title: string, impact: number, effort: number): Promise<void> {
    const dot = this.dot(title).locator('circle');
    await expect(dot).toBeInViewport();
    const from = await dot.boundingBox();
    const svg = await this.matrix.boundingBox();
    if (!from || !svg) throw new Error(`the dot of "${title}" is not on screen`);
    // The SVG keeps its aspect ratio; it is drawn at the width of its box.
    const scale = svg.width / MATRIX.width;
    const to = {
      x: svg.x + (MATRIX.pad + (effort - 0.5) * CELL_W) * scale,
      y: svg.y + (MATRIX.pad + (5.5 - impact) * CELL_H) * scale,
    };
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 4, start.y + 4, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps: 15 });
    await this.page.mouse.up();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
