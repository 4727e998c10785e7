import { expect, type Locator, type Page } from '@playwright/test';
import { CardPanel } from './CardPanel.ts';
import { ShareDialog } from './ShareDialog.ts';

export type EmotionLabel = 'Very negative' | 'Negative' | 'Neutral' | 'Positive' | 'Very positive';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The editor at `/maps/<id>`. Finds everything by accessible role and name. */
export class MapPage {
  readonly titleInput: Locator;
  /** The connection chip; other live regions (toasts) are filtered out by their text. */
  readonly status: Locator;
  readonly addStageButton: Locator;
  readonly addLaneButton: Locator;
  readonly stageNameInput: Locator;
  readonly cardTitleInput: Locator;
  readonly emotionPicker: Locator;
  readonly emotionCurves: Locator;
  readonly allMapsLink: Locator;
  readonly toolbar: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly searchBox: Locator;
  readonly clearFiltersButton: Locator;
  readonly shareButton: Locator;
  /** The emotion lane's legend: one item per persona whose curve shows. */
  readonly personaLegend: Locator;
  readonly cardPanel: CardPanel;
  readonly shareDialog: ShareDialog;

  constructor(readonly page: Page) {
    this.titleInput = page.getByRole('textbox', { name: 'Map title' });
    this.status = page
      .getByRole('status')
      .filter({ hasText: /^(Connected|Connecting…|Reconnecting…|Offline)$/ });
    this.addStageButton = page.getByRole('button', { name: 'Add stage', exact: true });
    this.addLaneButton = page.getByRole('button', { name: 'Add lane', exact: true });
    this.stageNameInput = page.getByRole('textbox', { name: 'Stage name' });
    this.cardTitleInput = page.getByRole('textbox', { name: 'Card title' });
    this.emotionPicker = page.getByRole('radiogroup', { name: 'Emotion' });
    this.emotionCurves = page.getByTestId('emotion-curve');
    this.allMapsLink = page.getByRole('link', { name: 'All maps' });
    this.toolbar = page.getByRole('toolbar', { name: 'Map tools' });
    this.undoButton = this.toolbar.getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = this.toolbar.getByRole('button', { name: 'Redo', exact: true });
    this.searchBox = this.toolbar.getByRole('searchbox', { name: 'Search cards' });
    this.clearFiltersButton = this.toolbar.getByRole('button', {
      name: 'Clear filters',
      exact: true,
    });
    this.shareButton = page.getByRole('button', { name: 'Share', exact: true });
    this.personaLegend = page.getByRole('list', { name: 'Personas', exact: true });
    this.cardPanel = new CardPanel(page);
    this.shareDialog = new ShareDialog(page);
  }

  /** The map id, from the URL. */
  get id(): string {
    const id = new URL(this.page.url()).pathname.match(/^\/maps\/([^/]+)$/)?.[1];
    if (!id) throw new Error(`not on a map page: ${this.page.url()}`);
    return id;
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/maps/${id}`);
    await this.expectConnected();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.expectConnected();
  }

  async expectConnected(): Promise<void> {
    await expect(this.status).toHaveText('Connected');
  }

  /** "1 person here" / "N people here" in the top bar. */
  presence(count: number): Locator {
    const text = count === 1 ? '1 person here' : `${count} people here`;
    return this.page.getByText(text, { exact: true });
  }

  /** Opens a share link as a guest: answers the name prompt and waits for the connection. */
  async joinByLink(url: string, name: string, mapTitle: string): Promise<void> {
    await this.page.goto(url);
    await expect(
      this.page.getByRole('heading', { name: `Join “${mapTitle}”`, exact: true }),
    ).toBeVisible();
    const nameInput = this.page.getByRole('textbox', { name: 'Your name', exact: true });
    await expect(nameInput).toBeFocused();
    await nameInput.fill(name);
    await this.page.getByRole('button', { name: 'Join the map', exact: true }).click();
    await this.expectConnected();
  }

  /** The "View only" / "Comment only" badge in the top bar. */
  roleBadge(text: 'View only' | 'Comment only'): Locator {
    return this.page.getByText(text, { exact: true });
  }

  /** A side panel: "Card", "Stage", "Lane", "Personas", "Keyboard shortcuts", … */
  panel(name: string): Locator {
    return this.page.getByRole('complementary', { name: `${name} panel`, exact: true });
  }

  /** A toolbar toggle that opens a panel: "Personas", "People", "KPIs". */
  panelToggle(name: 'Personas' | 'People' | 'KPIs'): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The toolbar's "Filters" button, which opens the filter popover. */
  get filtersButton(): Locator {
    return this.toolbar.getByRole('button', { name: /^Filters/ });
  }

  /** Opens the filter popover (if it is not open yet). */
  async openFilters(): Promise<void> {
    if ((await this.filtersButton.getAttribute('aria-expanded')) !== 'true') {
      await this.filtersButton.click();
    }
    await expect(this.toolbar.getByRole('group', { name: 'Filters', exact: true })).toBeVisible();
  }

  /** A filter select in the popover: "Persona", "Owner", "Channel", "Kind", "Evidence". */
  filter(name: 'Persona' | 'Owner' | 'Channel' | 'Kind' | 'Evidence'): Locator {
    return this.toolbar
      .getByRole('group', { name: 'Filters', exact: true })
      .getByRole('combobox', { name, exact: true });
  }

  // --- stages -------------------------------------------------------------------------------

  stage(name: string): Locator {
    return this.page.getByRole('group', { name: `Stage ${name}`, exact: true });
  }

  /** Every "Delete stage …" button (present only for people who may edit). */
  get deleteStageButtons(): Locator {
    return this.page.getByRole('button', { name: /^Delete stage / });
  }

  /** Every "Add card to …" button (present only for people who may edit). */
  get addCardButtons(): Locator {
    return this.page.getByRole('button', { name: /^Add card to / });
  }

  /** Every stage header on the canvas. */
  get stages(): Locator {
    return this.page.getByRole('group', { name: /^Stage / });
  }

  /** Clicks "Add stage" and names the new stage in the editor it opens. */
  async addStage(name: string): Promise<void> {
    await this.addStageButton.click();
    await expect(this.stageNameInput).toBeFocused();
    await this.stageNameInput.fill(name);
    await this.stageNameInput.press('Enter');
    await expect(this.stageNameInput).toBeHidden();
    await expect(this.stage(name)).toBeVisible();
  }

  /** Clicks the stage's delete button; a stage holding cards answers with a confirm dialog. */
  async clickDeleteStage(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Delete stage ${name}`, exact: true }).click();
  }

  /** Asserts the stage headers stand left to right in exactly this order. */
  async expectStageOrder(names: string[]): Promise<void> {
    await expect(this.stages).toHaveCount(names.length);
    await expect
      .poll(
        async () => {
          const xs: number[] = [];
          for (const name of names) xs.push((await this.stage(name).boundingBox())?.x ?? NaN);
          return xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? NaN));
        },
        `stages ordered left to right: ${names.join(' → ')}`,
      )
      .toBe(true);
  }

  // --- cells and cards ----------------------------------------------------------------------

  cell(stage: string, lane: string): Locator {
    return this.page.getByTestId(`cell-${stage}-${lane}`);
  }

  card(title: string): Locator {
    return this.page.getByRole('group', { name: `Card ${title}`, exact: true });
  }

  /** The score badge on a card, e.g. "Emotion: Positive". */
  cardEmotion(title: string, label: EmotionLabel): Locator {
    return this.card(title).getByLabel(`Emotion: ${label}`, { exact: true });
  }

  /** A point of a persona's emotion curve. */
  emotionPoint(persona: string, cardTitle: string): Locator {
    return this.page.getByRole('slider', { name: `Emotion of ${persona} at ${cardTitle}` });
  }

  /**
   * Makes sure `target` is wholly on screen, as a person would: the map opens at a readable
   * zoom showing its first stages, so something further away needs "Fit whole map" first.
   */
  async bringOnScreen(target: Locator): Promise<void> {
    await expect(target).toBeVisible();
    const ratio = await target.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          const io = new IntersectionObserver(([entry]) => {
            io.disconnect();
            resolve(entry?.intersectionRatio ?? 0);
          });
          io.observe(el);
        }),
    );
    if (ratio < 0.99) await this.fitWholeMapButton.click();
    await expect(target).toBeInViewport({ ratio: 0.99 });
  }

  /** The zoom controls' "Fit whole map (F)" button. */
  get fitWholeMapButton(): Locator {
    return this.page.getByRole('button', { name: 'Fit whole map (F)', exact: true });
  }

  /** Clicks a card (brought on screen first, as a person would) and waits for its inspector. */
  async selectCard(title: string): Promise<void> {
    await this.bringOnScreen(this.card(title));
    await this.card(title).click();
    await this.cardPanel.expectCard(title);
  }

  /** Waits until the card is (or is not) faded by the filters. */
  async expectDimmed(title: string, dimmed: boolean): Promise<void> {
    await expect(this.card(title)).toBeVisible();
    await expect(this.card(title).locator('[data-dimmed="true"]')).toHaveCount(dimmed ? 1 : 0);
  }

  /** The owner's avatar on a card, named "Owner: <name>". */
  cardOwner(title: string, person: string): Locator {
    return this.card(title).getByRole('img', { name: `Owner: ${person}`, exact: true });
  }

  /** The KPI chip on a card ("KPI <name>: <value> (target <t>), on target|off target|no target"). */
  cardKpi(title: string, kpi: string): Locator {
    return this.card(title).getByRole('img', { name: new RegExp(`^KPI ${kpi}: `) });
  }

  /** One persona's emotion curve (the SVG path). */
  emotionCurve(persona: string): Locator {
    return this.emotionCurves.and(
      this.page.getByLabel(`Emotion curve of ${persona}`, { exact: true }),
    );
  }

  /** Drags a point of an emotion curve vertically by `dy` screen pixels (negative is up). */
  async dragEmotionPoint(persona: string, cardTitle: string, dy: number): Promise<void> {
    // A hand can only grab what is on screen.
    await this.bringOnScreen(this.emotionPoint(persona, cardTitle));
    const box = await this.emotionPoint(persona, cardTitle).boundingBox();
    if (!box) throw new Error(`emotion point of ${persona} at "${cardTitle}" is not on screen`);
    const start = center(box);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x, Math.max(1, start.y + dy), { steps: 15 });
    await this.page.mouse.up();
  }

  /** Adds a card through the cell's "Add card to …" button and gives it a title. */
  async addCard(stage: string, lane: string, title: string): Promise<void> {
    const add = this.page.getByRole('button', {
      name: `Add card to ${stage} / ${lane}`,
      exact: true,
    });
    await this.bringOnScreen(add);
    await add.click();
    await expect(this.cardTitleInput).toBeFocused();
    await this.cardTitleInput.fill(title);
    await this.cardTitleInput.press('Enter');
    await expect(this.cardTitleInput).toBeHidden();
    await expect(this.card(title)).toBeVisible();
  }

  /** Drags a card with the mouse onto the centre of another cell, in small steps like a hand. */
  async dragCard(title: string, stage: string, lane: string): Promise<void> {
    await this.bringOnScreen(this.card(title));
    await this.bringOnScreen(this.cell(stage, lane));
    const from = await this.card(title).boundingBox();
    const to = await this.cell(stage, lane).boundingBox();
    if (!from) throw new Error(`card "${title}" is not on screen`);
    if (!to) throw new Error(`cell ${stage} / ${lane} is not on screen`);
    const start = center(from);
    const end = center(to);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(start.x + 5, start.y + 5, { steps: 2 });
    await this.page.mouse.move(end.x, end.y, { steps: 20 });
    await this.page.mouse.up();
  }

  /** Waits until the card's centre lies inside the given cell. */
  async expectCardInCell(title: string, stage: string, lane: string): Promise<void> {
    await expect(this.card(title)).toBeVisible();
    await expect(this.cell(stage, lane)).toBeVisible();
    await expect
      .poll(async () => {
        const card = await this.card(title).boundingBox();
        const cell = await this.cell(stage, lane).boundingBox();
        if (!card || !cell) return false;
        const c = center(card);
        return (
          c.x >= cell.x &&
          c.x <= cell.x + cell.width &&
          c.y >= cell.y &&
          c.y <= cell.y + cell.height
        );
      }, `card "${title}" inside cell ${stage} / ${lane}`)
      .toBe(true);
  }

  /** Selects the card and picks a score for the map's first persona. */
  async setEmotion(title: string, label: EmotionLabel): Promise<void> {
    await this.card(title).click();
    const radio = this.emotionPicker.getByRole('radio', { name: label, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
  }

  // --- dialogs ------------------------------------------------------------------------------

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
