import { expect, type Locator, type Page } from '@playwright/test';

export type ThreadFilter = 'open' | 'resolved' | 'all';

/** The "Comments" side panel: a composer for the selection, filters, and the threads. */
export class CommentsPanel {
  readonly root: Locator;
  /** The toolbar toggle; its name grows a count of open threads while there are any. */
  readonly toggle: Locator;
  readonly closeButton: Locator;
  readonly mentionPicker: Locator;
  readonly showThreads: Locator;
  readonly mentionsFilter: Locator;
  readonly threads: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Comments panel', exact: true });
    this.toggle = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: /^Comments/ });
    this.closeButton = this.root.getByRole('button', { name: 'Close panel', exact: true });
    this.mentionPicker = this.root.getByRole('listbox', { name: 'Mention someone', exact: true });
    this.showThreads = this.root.getByRole('radiogroup', { name: 'Show threads', exact: true });
    this.mentionsFilter = this.root.getByRole('combobox', { name: 'Mentions', exact: true });
    this.threads = this.root.getByRole('article', { name: /^Thread on / });
  }

  /** Opens the panel from the toolbar (no-op when it is already open). */
  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toBeVisible();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }

  /** The composer for a given anchor: "Comment on Card <title>", "Comment on the map", … */
  composerFor(anchor: string): Locator {
    return this.root.getByRole('textbox', { name: `Comment on ${anchor}`, exact: true });
  }

  /** The thread anchored to "Card <title>", "Stage <name>" or "The map". */
  thread(anchor: string): Locator {
    return this.root.getByRole('article', { name: `Thread on ${anchor}`, exact: true });
  }

  /** A button inside a thread: "Reply", "Resolve", "Reopen", "Edit", "Delete", … */
  threadButton(thread: Locator, name: string): Locator {
    return thread.getByRole('button', { name, exact: true });
  }

  /** Types into a comment box like a person, ending on "@" + `query`; the mention list opens. */
  async typeMention(box: Locator, before: string, query: string): Promise<void> {
    await box.click();
    await box.press('ControlOrMeta+End');
    await box.pressSequentially(`${before}@${query}`);
    await expect(this.mentionPicker).toBeVisible();
  }

  /** Picks a person from the open mention list; the box then reads "… @<person> ". */
  async pickMention(box: Locator, person: string): Promise<void> {
    await this.mentionOption(person).click();
    await expect(this.mentionPicker).toBeHidden();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(new RegExp(`@${person} $`));
  }

  /** A person offered by the "Mention someone" list (matched by name; their team may follow). */
  mentionOption(person: string): Locator {
    return this.mentionPicker.getByRole('option', { name: person });
  }

  /** Shows open, resolved or all threads. */
  async show(filter: ThreadFilter): Promise<void> {
    const radio = this.showThreads.getByRole('radio', { name: filter, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
  }
}
