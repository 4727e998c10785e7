import { expect, type Locator, type Page } from '@playwright/test';

/** The "Map health" side panel: a score out of 100 and findings that lead to the map. */
export class HealthPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly closeButton: Locator;
  /** The meter "Health score" (its value is the score). */
  readonly meter: Locator;
  /** The score as written: "NN / 100". */
  readonly score: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Map health panel', exact: true });
    this.toggle = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'Health', exact: true });
    this.closeButton = this.root.getByRole('button', { name: 'Close panel', exact: true });
    this.meter = this.root.getByRole('meter', { name: 'Health score' });
    this.score = this.root.getByText(/^\d{1,3} \/ 100$/);
  }

  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
    await expect(this.score).toBeVisible();
  }

  /** The score as a number, read from "NN / 100". */
  async scoreValue(): Promise<number> {
    const text = (await this.score.textContent()) ?? '';
    const value = Number(text.split('/')[0]?.trim());
    if (!Number.isInteger(value)) throw new Error(`unreadable health score: "${text}"`);
    return value;
  }

  /** A finding that leads somewhere: a button named by its message. */
  finding(message: string | RegExp): Locator {
    return this.root.getByRole('button', {
      name: message,
      ...(typeof message === 'string' ? { exact: true } : {}),
    });
  }

  /** A check's group of findings, by the check's title (e.g. "Pain points with no action"). */
  check(title: string | RegExp): Locator {
    return this.root.getByRole('region', { name: title });
  }

  /** Unfolds a long check ("Show all N") so that every one of its findings is listed. */
  async showAll(check: Locator): Promise<void> {
    const more = check.getByRole('button', { name: /^Show all \d+$/ });
    await more.click();
    const fewer = check.getByRole('button', { name: 'Show fewer', exact: true });
    await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  }
}
