import { expect, type Locator, type Page } from '@playwright/test';
import { MapPage } from './MapPage.ts';

export type TemplateName =
  | 'Blank map'
  | 'E-commerce first purchase'
  | 'SaaS onboarding'
  | 'Support issue resolution'
  | 'Bank refinancing'
  | 'Support ticket (observed)';

/** The map list at `/`. */
export class HomePage {
  readonly heading: Locator;
  readonly titleInput: Locator;
  /** The template gallery: one radio per template, each with its thumbnail. */
  readonly templateGallery: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Journey maps' });
    this.titleInput = page.getByRole('textbox', { name: 'Map title' });
    this.templateGallery = page.getByRole('radiogroup', { name: 'Template' });
    this.createButton = page.getByRole('button', { name: 'Create map' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
  }

  /** Fills in the new-map form, submits it, and waits for the editor of the new map. */
  async createMap(title: string, template: TemplateName = 'Blank map'): Promise<MapPage> {
    await this.titleInput.fill(title);
    await this.template(template).click();
    await expect(this.template(template)).toBeChecked();
    await this.createButton.click();
    await this.page.waitForURL(/\/maps\/[^/?#]+$/);
    const map = new MapPage(this.page);
    await expect(map.titleInput).toHaveValue(title);
    return map;
  }

  /** A template's tile in the gallery. */
  template(name: TemplateName): Locator {
    return this.templateGallery.getByRole('radio', { name, exact: true });
  }

  /** The link to an existing map, named by its title. */
  mapLink(title: string): Locator {
    return this.page.getByRole('link', { name: title, exact: true });
  }
}
