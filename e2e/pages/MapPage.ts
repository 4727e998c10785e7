import { expect, type Locator, type Page } from '@playwright/test';

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

  // --- stages -------------------------------------------------------------------------------

  stage(name: string): Locator {
    return this.page.getByRole('group', { name: `Stage ${name}`, exact: true });
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

  /** Adds a card through the cell's "Add card to …" button and gives it a title. */
  async addCard(stage: string, lane: string, title: string): Promise<void> {
    await this.page
      .getByRole('button', { name: `Add card to ${stage} / ${lane}`, exact: true })
      .click();
    await expect(this.cardTitleInput).toBeFocused();
    await this.cardTitleInput.fill(title);
    await this.cardTitleInput.press('Enter');
    await expect(this.cardTitleInput).toBeHidden();
    await expect(this.card(title)).toBeVisible();
  }

  /** Drags a card with the mouse onto the centre of another cell, in small steps like a hand. */
  async dragCard(title: string, stage: string, lane: string): Promise<void> {
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
