import { expect, type Locator, type Page } from '@playwright/test';
import type { EmotionLabel } from './MapPage.ts';

export interface NewKpi {
  name: string;
  unit: string;
  target: number;
  direction: 'Higher is better' | 'Lower is better';
}

/** The inspector of the selected card: the aside "Card panel". */
export class CardPanel {
  readonly root: Locator;
  readonly title: Locator;
  readonly description: Locator;
  readonly closeButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Card panel', exact: true });
    this.title = this.root.getByRole('textbox', { name: 'Title', exact: true });
    this.description = this.root.getByRole('textbox', { name: 'Description', exact: true });
    this.closeButton = this.root.getByRole('button', { name: 'Close panel', exact: true });
  }

  /** Waits until the panel shows the card with this title. */
  async expectCard(title: string): Promise<void> {
    await expect(this.root).toBeVisible();
    // Editors get a form; who may not edit reads the card (its title as a heading).
    const heading = this.root.getByRole('heading', { name: title, exact: true });
    await expect(this.title.or(heading)).toBeVisible();
    if (await this.title.isVisible()) await expect(this.title).toHaveValue(title);
  }

  /** Renames the card through the "Title" field; Enter commits. */
  async rename(title: string): Promise<void> {
    await this.title.fill(title);
    await this.title.press('Enter');
  }

  /** The owner combobox ("Owner"); its value is the owner's name, empty for none. */
  get ownerBox(): Locator {
    return this.root.getByRole('combobox', { name: 'Owner', exact: true });
  }

  /** Chooses an existing person as owner with the keyboard alone: type, then Enter. */
  async chooseOwner(person: string): Promise<void> {
    await this.ownerBox.focus();
    await this.ownerBox.fill(person);
    const people = this.root.getByRole('listbox', { name: 'People' });
    await expect(people.getByRole('option', { name: person, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await this.ownerBox.press('Enter');
    await expect(people).toBeHidden();
    await expect(this.ownerBox).toHaveValue(person);
  }

  /** The editor of one of the card's KPIs (a group named "KPI <name>"). */
  kpi(name: string): Locator {
    return this.root.getByRole('group', { name: `KPI ${name}`, exact: true });
  }

  /** "Add KPI", then fills in the editor that opens on the new "New KPI". */
  async addKpi(kpi: NewKpi): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Add KPI', exact: true }).click();
    const editor = this.kpi('New KPI');
    await expect(editor).toBeVisible();
    const fill = async (group: Locator, label: string, value: string) => {
      const field = group.getByRole('textbox', { name: label, exact: true });
      await field.fill(value);
      await field.press('Enter');
    };
    await fill(editor, 'KPI name', kpi.name);
    // The editor is named after the KPI, so it is found by its new name from here on.
    const named = this.kpi(kpi.name);
    await expect(named).toBeVisible();
    await fill(named, 'Unit', kpi.unit);
    await fill(named, 'Target', String(kpi.target));
    await named
      .getByRole('combobox', { name: 'Better when', exact: true })
      .selectOption({ label: kpi.direction });
    await expect(named.getByRole('textbox', { name: 'Target', exact: true })).toHaveValue(
      String(kpi.target),
    );
    return named;
  }

  /** Records a current value for a KPI ("New value" + "Record"). */
  async recordKpiValue(name: string, value: number): Promise<void> {
    const editor = this.kpi(name);
    const input = editor.getByRole('textbox', { name: 'New value', exact: true });
    await input.fill(String(value));
    await editor.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(input).toHaveValue('');
  }

  /** The radio group "How <persona> feels". */
  feeling(persona: string): Locator {
    return this.root.getByRole('radiogroup', { name: `How ${persona} feels`, exact: true });
  }

  async setFeeling(persona: string, label: EmotionLabel): Promise<void> {
    await expect(this.feeling(persona), `radio group "How ${persona} feels"`).toBeVisible();
    const radio = this.feeling(persona).getByRole('radio', { name: label, exact: true });
    await radio.click();
    await expect(radio).toBeChecked();
  }
}
