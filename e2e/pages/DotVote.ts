import { MapPage } from './MapPage.ts';
import { expect, type Locator, type Page } from '@playwright/test';

export interface NewVote {
  question: string;
  /** An option of "Vote on": "Pain points", "Opportunities", "All cards", … */
  on: string;
  perPerson: number;
}

/** Dot voting: the "Start a dot vote" dialog, the "Dot vote" section, and the dots on cards. */
export class DotVote {
  readonly toolbarButton: Locator;
  readonly dialog: Locator;
  readonly section: Locator;
  readonly revealButton: Locator;
  readonly closeButton: Locator;
  readonly keepAsVersion: Locator;
  readonly ranked: Locator;
  /** Every "Vote for …" button on the canvas. */
  readonly voteButtons: Locator;
  /** Every revealed total on a card ("N votes"). */
  readonly totals: Locator;

  constructor(readonly page: Page) {
    this.toolbarButton = page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'Dot vote', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Start a dot vote', exact: true });
    this.section = page.getByRole('region', { name: 'Dot vote', exact: true });
    this.revealButton = this.section.getByRole('button', { name: 'Reveal votes', exact: true });
    this.closeButton = this.section.getByRole('button', { name: 'Close vote', exact: true });
    this.keepAsVersion = this.section.getByRole('button', {
      name: 'Keep as a version',
      exact: true,
    });
    this.ranked = this.section.getByRole('list', { name: 'Ranked results', exact: true });
    this.voteButtons = page.getByRole('button', { name: /^Vote for / });
    this.totals = page.getByRole('img', { name: /^\d+ votes?$/ });
  }

  /** Fills in the open "Start a dot vote" dialog and starts the round. */
  async start(vote: NewVote): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Question' }).fill(vote.question);
    await this.dialog.getByRole('combobox', { name: /^Vote on/ }).selectOption({ label: vote.on });
    await this.dialog
      .getByRole('spinbutton', { name: 'Votes per person' })
      .fill(String(vote.perPerson));
    await this.dialog.getByRole('button', { name: 'Start vote', exact: true }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.section).toBeVisible();
  }

  voteFor(card: string): Locator {
    return this.page.getByRole('button', { name: `Vote for ${card}`, exact: true });
  }

  removeVote(card: string): Locator {
    return this.page.getByRole('button', { name: `Remove my vote from ${card}`, exact: true });
  }

  /** "My votes on <card>: N" (only while the round is open and I may vote). */
  myVotes(card: string, n: number): Locator {
    return this.page.getByRole('img', { name: `My votes on ${card}: ${n}`, exact: true });
  }

  /** The revealed total on a card's node. */
  total(card: string, n: number): Locator {
    return this.page
      .getByRole('group', { name: `Card ${card}`, exact: true })
      .getByRole('img', { name: `${n} vote${n === 1 ? '' : 's'}`, exact: true });
  }

  /** "You have N of M votes left". */
  left(n: number, of: number): Locator {
    return this.section.getByText(`You have ${n} of ${of} votes left`, { exact: true });
  }

  /** The tally line: "N people have voted · N votes cast[ · hidden until revealed]". */
  tally(voters: number, cast: number, hidden: boolean): Locator {
    const who = voters === 1 ? '1 person has' : `${voters} people have`;
    const text = `${who} voted · ${cast} votes cast${hidden ? ' · hidden until revealed' : ''}`;
    return this.section.getByText(text, { exact: true });
  }

  /** Clicks "Vote for <card>" and waits until my dots on it read `expected`. */
  async vote(card: string, expected: number): Promise<void> {
    await new MapPage(this.page).bringOnScreen(this.voteFor(card));
    await this.voteFor(card).click();
    await expect(this.myVotes(card, expected)).toBeAttached();
  }

  /** Clicks "Remove my vote from <card>" and waits until my dots on it read `expected`. */
  async unvote(card: string, expected: number): Promise<void> {
    await new MapPage(this.page).bringOnScreen(this.removeVote(card));
    await this.removeVote(card).click();
    await expect(this.myVotes(card, expected)).toBeAttached();
  }

  /** Asserts the ranked list starts with these (title, votes) rows, in order. */
  async expectRanking(rows: [string, number][]): Promise<void> {
    await expect(this.ranked).toBeVisible();
    const items = this.ranked.getByRole('listitem');
    for (const [i, [title, votes]] of rows.entries()) {
      await expect(items.nth(i)).toContainText(`${i + 1}.${title}${votes}`);
    }
  }
}
