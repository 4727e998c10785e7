import { expect, type Locator, type Page } from '@playwright/test';

export type LinkRole = 'viewer' | 'commenter' | 'editor';

/** The "Share this map" dialog a workspace member opens from the top bar. */
export class ShareDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Share this map', exact: true });
  }

  /** Creates a link for the role and returns the one-time URL the dialog shows. */
  async createLink(role: LinkRole, { history = false } = {}): Promise<string> {
    await this.root.getByRole('checkbox', { name: /Include version history/ }).setChecked(history);
    await this.root.getByRole('button', { name: `Create ${role} link` }).click();
    const field = this.root.getByRole('textbox', { name: new RegExp(`^New ${role} link`) });
    await expect(field).toHaveValue(/\/maps\/[^/?#]+\?token=[\w-]{20,}/);
    return field.inputValue();
  }

  async revoke(role: LinkRole): Promise<void> {
    const button = this.root.getByRole('button', { name: `Revoke ${role} link`, exact: true });
    await button.click();
    await expect(button).toHaveCount(0);
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
