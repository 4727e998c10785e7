import { accessibleName } from './accessibleName.ts';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presence on the map: the avatars of the others in the top bar, the follow banner, and what
 * colleagues leave on the canvas (cursors, outlines). Cursors and outlines are decorative
 * (aria-hidden), so they are found by their visible text inside the canvas.
 */
export class PresenceBar {
  readonly people: Locator;
  /** React Flow's transformed layer; its CSS transform is the local viewport. */
  readonly viewport: Locator;
  readonly pane: Locator;
  /** The layer React Flow keeps for overlays in canvas coordinates (the cursors live here). */
  readonly overlay: Locator;

  constructor(readonly page: Page) {
    this.people = page.getByRole('list', { name: 'People on this map', exact: true });
    this.viewport = page.locator('.react-flow__viewport');
    this.pane = page.locator('.react-flow__pane');
    this.overlay = page.locator('.react-flow__viewport-portal');
  }

  /** Every "Follow <name>" avatar button. */
  get followButtons(): Locator {
    return this.people.getByRole('button', { name: /^Follow / });
  }

  followButton(name: string): Locator {
    return this.people.getByRole('button', { name: `Follow ${name}`, exact: true });
  }

  stopFollowingButton(name: string): Locator {
    return this.people.getByRole('button', { name: `Stop following ${name}`, exact: true });
  }

  /** Reads the name of the only other person on the map from their avatar button. */
  async onlyPeerName(): Promise<string> {
    await expect(this.followButtons).toHaveCount(1);
    const label = await accessibleName(this.followButtons);
    const name = label?.replace(/^Follow /, '');
    if (!name) throw new Error(`avatar button has no "Follow <name>" label: ${label}`);
    return name;
  }

  /** The "Following <name>" bar over the canvas (its text, then a "Stop following" button). */
  banner(name: string): Locator {
    return this.page
      .getByText(`Following ${name}`)
      .filter({ has: this.page.getByRole('button', { name: 'Stop following', exact: true }) });
  }

  /** The bar's own way out (the avatar's toggle is named "Stop following <name>"). */
  bannerStopButton(name: string): Locator {
    return this.banner(name).getByRole('button', { name: 'Stop following', exact: true });
  }

  /** A colleague's pointer label, drawn in canvas coordinates in the overlay layer. */
  cursor(name: string): Locator {
    // The arrow: its name tag shows only when the colleague has nothing selected (their
    // selection's outline carries the name then), so it is found by its data attribute.
    return this.overlay.locator(`[data-cursor="${name}"] svg`);
  }

  /** The name tag a colleague's selection puts on a node (card or stage). */
  selectionTag(node: Locator, name: string): Locator {
    return node.getByText(name, { exact: true });
  }

  /** The current CSS transform of the canvas viewport ("translate(x, y) scale(z)"). */
  async transform(): Promise<string> {
    return this.viewport.evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** The transform once it has stopped changing (an animated move has finished). */
  async settledTransform(): Promise<string> {
    let last = '';
    await expect
      .poll(async () => {
        const now = await this.transform();
        const same = now === last;
        last = now;
        return same;
      }, 'the canvas view settles')
      .toBe(true);
    return last;
  }

  /** Moves the pointer to the pane's centre, offset by (dx, dy), in small steps. */
  async movePointer(dx: number, dy: number): Promise<void> {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('the canvas pane is not on screen');
    await this.page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, {
      steps: 5,
    });
  }

  /** Zooms the canvas with the mouse wheel at the centre of the pane (as a hand would). */
  async wheel(deltaY: number): Promise<void> {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('the canvas pane is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}
