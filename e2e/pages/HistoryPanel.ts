import { expect, type Locator, type Page } from '@playwright/test';

/** The "History" side panel: save a named version, the versions list, compare, restore. */
export class HistoryPanel {
  readonly root: Locator;
  readonly toggle: Locator;
  readonly closeButton: Locator;
  readonly versionName: Locator;
  readonly note: Locator;
  readonly saveButton: Locator;
  /** The list of versions, newest first: articles named by the version's label. */
  readonly list: Locator;
  readonly versions: Locator;
  readonly compareForm: Locator;
  readonly compareFrom: Locator;
  readonly compareTo: Locator;
  readonly compareButton: Locator;
  /** The field-by-field list of a comparison ("N changes", then one row per change). */
  readonly changes: Locator;
  /** The way back from the past (in the bar over the canvas). */
  readonly backToNow: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'History panel', exact: true });
    this.toggle = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'History', exact: true });
    this.closeButton = this.root.getByRole('button', { name: 'Close panel', exact: true });
    this.versionName = this.root.getByRole('textbox', { name: 'Version name', exact: true });
    this.note = this.root.getByRole('textbox', { name: 'Note', exact: true });
    this.saveButton = this.root.getByRole('button', { name: 'Save version', exact: true });
    this.list = this.root.getByRole('list', { name: 'Versions', exact: true });
    this.versions = this.list.getByRole('article');
    this.compareForm = this.root.getByRole('form', { name: 'Compare versions', exact: true });
    this.compareFrom = this.compareForm.getByRole('combobox', { name: 'Compare', exact: true });
    this.compareTo = this.compareForm.getByRole('combobox', { name: 'with', exact: true });
    this.compareButton = this.compareForm.getByRole('button', { name: 'Compare', exact: true });
    this.changes = this.root.getByRole('region', { name: 'Changes', exact: true });
    this.backToNow = page.getByRole('button', { name: 'Back to now', exact: true });
  }

  /** The bar over the canvas: "Viewing the past: <label>" or "Comparing: <from> → <to>". */
  pastBanner(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  /** Opens the panel from the toolbar (no-op when it is already open) and waits for the list. */
  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
    await expect(this.versions.first()).toBeVisible();
  }

  /** The version whose label (its name, or "Automatic · <date>") is exactly `label`. */
  version(label: string): Locator {
    return this.list.getByRole('article', { name: label, exact: true });
  }

  /** The version whose one-line summary or note contains `text` (e.g. "Map created"). */
  versionWithText(text: string | RegExp): Locator {
    return this.versions.filter({ hasText: text });
  }

  /** A button of one version: "Preview", "Compare with now", "Restore". */
  versionButton(version: Locator, name: 'Preview' | 'Compare with now' | 'Restore'): Locator {
    return version.getByRole('button', { name, exact: true });
  }

  /** The label a version is listed under (its accessible name). */
  async labelOf(version: Locator): Promise<string> {
    const label = await version.getAttribute('aria-label');
    if (!label) throw new Error('a version article has no label');
    return label;
  }

  /** Fills in "Save version" and waits until the new version heads the list. */
  async save(name: string, note: string): Promise<Locator> {
    await this.versionName.fill(name);
    await this.note.fill(note);
    await this.saveButton.click();
    await expect(this.versionName).toHaveValue('');
    const saved = this.version(name);
    await expect(saved).toBeVisible();
    await expect(this.versions.first()).toHaveAccessibleName(name);
    return saved;
  }

  /** "Restore" on a version, confirmed in the dialog it opens. */
  async restore(version: Locator): Promise<void> {
    const label = await this.labelOf(version);
    await this.versionButton(version, 'Restore').click();
    const dialog = this.page.getByRole('dialog', { name: `Restore “${label}”?`, exact: true });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** One row of the "Changes" list, found by its first line ("Card added: …"). */
  change(text: string): Locator {
    return this.changes.getByRole('listitem').filter({ hasText: text });
  }
}
