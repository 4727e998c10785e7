import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { CommentsPanel } from './pages/CommentsPanel.ts';
import type { LinkRole } from './pages/ShareDialog.ts';

const CARD = 'Instagram ad';
const ANCHOR = `Card ${CARD}`;
const MARKUP = '<img src=x onerror=alert(1)>';

/** Alice creates an e-commerce map and share links for the given roles; returns title and URLs. */
async function sharedMap(
  alice: Actor,
  roles: LinkRole[],
): Promise<{ title: string; urls: Map<LinkRole, string> }> {
  const title = uniqueTitle('Shop comments');
  await alice.home.goto();
  await alice.home.createMap(title, 'E-commerce first purchase');
  await alice.map.expectConnected();
  await alice.map.shareButton.click();
  await expect(alice.map.shareDialog.root).toBeVisible();
  const urls = new Map<LinkRole, string>();
  for (const role of roles) urls.set(role, await alice.map.shareDialog.createLink(role));
  await alice.map.shareDialog.close();
  return { title, urls };
}

/** Fails the test if any page ever shows a JavaScript dialog (an executed `alert`). */
function recordDialogs(...actors: Actor[]): string[] {
  const seen: string[] = [];
  for (const actor of actors) {
    actor.page.on('dialog', (dialog) => {
      seen.push(`${actor.name}: ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
  }
  return seen;
}

/** Selects the card on the canvas and opens its comments from the card panel. */
async function openCardComments(actor: Actor, comments: CommentsPanel): Promise<void> {
  await actor.map.card(CARD).click();
  await actor.map.cardPanel.expectCard(CARD);
  await actor.map.cardPanel.root
    .getByRole('button', { name: 'Comments on this card', exact: true })
    .click();
  await expect(comments.root).toBeVisible();
}

test('a commenter’s thread with a mention reaches the editor and the viewer, safely', async ({
  alice,
  newGuest,
}) => {
  const { title, urls } = await sharedMap(alice, ['commenter', 'viewer']);
  const carl = await newGuest('carl');
  const vera = await newGuest('vera');
  const dialogs = recordDialogs(alice, carl, vera);
  const comments = {
    alice: new CommentsPanel(alice.page),
    carl: new CommentsPanel(carl.page),
    vera: new CommentsPanel(vera.page),
  };

  await test.step('the commenter joins by link: comment only, no map editing', async () => {
    await carl.map.joinByLink(urls.get('commenter')!, 'Carl', title);
    await expect(carl.map.roleBadge('Comment only')).toBeVisible();
    await expect(carl.map.card(CARD)).toBeVisible();
    await expect(carl.map.addStageButton).toHaveCount(0);
    await expect(carl.map.addCardButtons).toHaveCount(0);
  });

  await test.step('the commenter comments on a card, mentioning Sam, with markup', async () => {
    await openCardComments(carl, comments.carl);
    const box = comments.carl.composerFor(ANCHOR);
    await expect(box).toBeVisible();
    await comments.carl.typeMention(box, 'Landing page differs from the ad, ', 'Sam');
    // The option's name should be the person (then maybe their team), nothing before it.
    await expect
      .soft(comments.carl.mentionOption('Sam Okafor'), 'mention option accessible name')
      .toHaveAccessibleName(/^Sam Okafor\b/);
    await comments.carl.pickMention(box, 'Sam Okafor');
    await box.pressSequentially(`can you check? ${MARKUP}`);
    await comments.carl.root.getByRole('button', { name: 'Comment', exact: true }).click();
    await expect(box).toHaveValue('');
    await expect(comments.carl.thread(ANCHOR)).toContainText('can you check?');
  });

  await test.step('alice sees the badge on the card and the thread, mention as a chip', async () => {
    await expect(
      alice.map.card(CARD).getByRole('img', { name: '1 open comment thread', exact: true }),
    ).toBeVisible();
    // The toolbar count is announced apart from the word, e.g. "Comments, 1 open", not "Comments1".
    await expect
      .soft(comments.alice.toggle, 'Comments toggle accessible name')
      .toHaveAccessibleName(/^Comments(?:\W.*)?$/);
    await comments.alice.open();
    const thread = comments.alice.thread(ANCHOR);
    await expect(thread).toBeVisible();
    await expect(thread).toContainText('Carl');
    await expect(thread.getByText('@Sam Okafor', { exact: true })).toBeVisible();
    await expect(thread).toContainText(
      `Landing page differs from the ad, @Sam Okafor can you check? ${MARKUP}`,
    );
    // Shown, never parsed: no element came out of the comment, and no script ran.
    await expect(thread.locator('img')).toHaveCount(0);
    await expect(thread.getByText(MARKUP)).toBeVisible();
    expect(dialogs).toEqual([]);
    // Someone else's message: no Edit or Delete on it.
    await expect(comments.alice.threadButton(thread, 'Edit')).toHaveCount(0);
    await expect(comments.alice.threadButton(thread, 'Delete')).toHaveCount(0);
  });

  await test.step('the Mentions view counts Sam’s unread mention, and reading clears it', async () => {
    const unread = comments.alice.mentionsFilter.getByRole('option', {
      name: 'Mentions of Sam Okafor (1 unread)',
      exact: true,
    });
    await expect(unread).toHaveCount(1);
    await comments.alice.mentionsFilter.selectOption({
      label: 'Mentions of Sam Okafor (1 unread)',
    });
    await expect(comments.alice.thread(ANCHOR)).toBeVisible();
    // Someone not mentioned: the filter leaves nothing.
    await comments.alice.mentionsFilter.selectOption({ label: 'Mentions of Maya Chen' });
    await expect(comments.alice.threads).toHaveCount(0);
    await comments.alice.close();
    await comments.alice.open();
    await expect(
      comments.alice.mentionsFilter.getByRole('option', {
        name: 'Mentions of Sam Okafor',
        exact: true,
      }),
    ).toHaveCount(1);
    await expect(comments.alice.mentionsFilter.getByRole('option', { name: /unread/ })).toHaveCount(
      0,
    );
  });

  await test.step('the viewer reads the thread but can neither comment nor edit', async () => {
    await vera.map.joinByLink(urls.get('viewer')!, 'Vera', title);
    await expect(vera.map.roleBadge('View only')).toBeVisible();
    await expect(
      vera.map.card(CARD).getByRole('img', { name: '1 open comment thread', exact: true }),
    ).toBeVisible();
    await comments.vera.open();
    const thread = comments.vera.thread(ANCHOR);
    await expect(thread).toContainText('can you check?');
    await expect(thread.getByText('@Sam Okafor', { exact: true })).toBeVisible();
    await expect(thread.locator('img')).toHaveCount(0);
    await expect(vera.page.getByRole('textbox', { name: /^Comment on / })).toHaveCount(0);
    for (const name of ['Reply', 'Resolve', 'Edit', 'Delete']) {
      await expect(comments.vera.threadButton(thread, name), name).toHaveCount(0);
    }
    await expect(vera.map.addCardButtons).toHaveCount(0);
    await expect(vera.map.addStageButton).toHaveCount(0);
    // Picking a card with the panel open still offers no comment box.
    await vera.map.card(CARD).click();
    await expect(comments.vera.root).toBeVisible();
    await expect(vera.page.getByRole('textbox', { name: /^Comment on / })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  await test.step('alice replies; the commenter and the viewer see the reply', async () => {
    await comments.alice.mentionsFilter.selectOption({ label: 'Everyone’s threads' });
    const thread = comments.alice.thread(ANCHOR);
    await comments.alice.threadButton(thread, 'Reply').click();
    const reply = thread.getByRole('textbox', { name: 'Reply', exact: true });
    await expect(reply).toBeVisible();
    await reply.fill('Fixing the landing page this sprint.');
    await comments.alice.threadButton(thread, 'Reply').click();
    await expect(reply).toBeHidden();
    await expect(thread).toContainText('Fixing the landing page this sprint.');
    await expect(comments.carl.thread(ANCHOR)).toContainText(
      'Fixing the landing page this sprint.',
    );
    await expect(comments.vera.thread(ANCHOR)).toContainText(
      'Fixing the landing page this sprint.',
    );
  });

  await test.step('alice resolves the thread: it moves to “resolved”, the badge goes', async () => {
    const thread = comments.alice.thread(ANCHOR);
    await comments.alice.threadButton(thread, 'Resolve').click();
    await expect(thread).toBeHidden();
    await expect(comments.alice.threads).toHaveCount(0);
    await expect(
      alice.map.card(CARD).getByRole('img', { name: /open comment thread/ }),
    ).toHaveCount(0);
    await comments.alice.show('resolved');
    await expect(thread).toBeVisible();
    await expect(comments.alice.threadButton(thread, 'Reopen')).toBeVisible();
    await comments.alice.show('all');
    await expect(thread).toBeVisible();
    await comments.alice.show('open');
    await expect(thread).toBeHidden();

    // Everyone else sees it resolved too.
    await expect(comments.carl.thread(ANCHOR)).toBeHidden();
    await expect(vera.map.card(CARD).getByRole('img', { name: /open comment thread/ })).toHaveCount(
      0,
    );
    await comments.vera.show('resolved');
    await expect(comments.vera.thread(ANCHOR)).toContainText('can you check?');
    expect(dialogs).toEqual([]);
  });
});

test('only the author may edit or delete a message', async ({ alice, newGuest }) => {
  const { title, urls } = await sharedMap(alice, ['commenter']);
  const carl = await newGuest('carl');
  const comments = { alice: new CommentsPanel(alice.page), carl: new CommentsPanel(carl.page) };
  await carl.map.joinByLink(urls.get('commenter')!, 'Carl', title);

  await test.step('the commenter comments, mentioning Sam; he may edit and delete it', async () => {
    await openCardComments(carl, comments.carl);
    const box = comments.carl.composerFor(ANCHOR);
    await comments.carl.typeMention(box, 'Ad budget: ', 'Sa');
    await comments.carl.pickMention(box, 'Sam Okafor');
    await box.pressSequentially('please confirm');
    await comments.carl.root.getByRole('button', { name: 'Comment', exact: true }).click();
    const thread = comments.carl.thread(ANCHOR);
    await expect(thread).toContainText('Ad budget: @Sam Okafor please confirm');
    await expect(comments.carl.threadButton(thread, 'Edit')).toHaveCount(1);
    await expect(comments.carl.threadButton(thread, 'Delete')).toHaveCount(1);
  });

  await test.step('alice sees no Edit or Delete on it; after her reply, one of each', async () => {
    await comments.alice.open();
    const thread = comments.alice.thread(ANCHOR);
    await expect(thread).toContainText('Ad budget: @Sam Okafor please confirm');
    await expect(comments.alice.threadButton(thread, 'Edit')).toHaveCount(0);
    await expect(comments.alice.threadButton(thread, 'Delete')).toHaveCount(0);

    await comments.alice.threadButton(thread, 'Reply').click();
    await thread.getByRole('textbox', { name: 'Reply', exact: true }).fill('Confirmed: 2k.');
    await comments.alice.threadButton(thread, 'Reply').click();
    await expect(thread).toContainText('Confirmed: 2k.');
    await expect(comments.alice.threadButton(thread, 'Edit')).toHaveCount(1);
    await expect(comments.alice.threadButton(thread, 'Delete')).toHaveCount(1);
    // The commenter still has exactly his own pair.
    await expect(comments.carl.thread(ANCHOR)).toContainText('Confirmed: 2k.');
    await expect(comments.carl.threadButton(comments.carl.thread(ANCHOR), 'Edit')).toHaveCount(1);
  });

  await test.step('alice edits her reply; the commenter sees it, marked edited', async () => {
    const thread = comments.alice.thread(ANCHOR);
    await comments.alice.threadButton(thread, 'Edit').click();
    const edit = thread.getByRole('textbox', { name: 'Edit comment', exact: true });
    // Her Edit opened her own message, not the commenter's.
    await expect(edit).toHaveValue('Confirmed: 2k.');
    await edit.fill('Confirmed: 2.5k.');
    await comments.alice.threadButton(thread, 'Save').click();
    await expect(edit).toBeHidden();
    const carlThread = comments.carl.thread(ANCHOR);
    await expect(carlThread).toContainText('Confirmed: 2.5k.');
    await expect(carlThread).not.toContainText('Confirmed: 2k.');
    await expect(carlThread.getByText('(edited)', { exact: true })).toHaveCount(1);
  });

  await test.step('the commenter edits his own message; the mention survives', async () => {
    const thread = comments.carl.thread(ANCHOR);
    await comments.carl.threadButton(thread, 'Edit').click();
    const edit = thread.getByRole('textbox', { name: 'Edit comment', exact: true });
    await expect(edit).toHaveValue('Ad budget: @Sam Okafor please confirm');
    await edit.press('ControlOrMeta+End');
    await edit.pressSequentially(' by Friday');
    await comments.carl.threadButton(thread, 'Save').click();
    await expect(edit).toBeHidden();
    const aliceThread = comments.alice.thread(ANCHOR);
    await expect(aliceThread).toContainText('Ad budget: @Sam Okafor please confirm by Friday');
    await expect(aliceThread.getByText('@Sam Okafor', { exact: true })).toBeVisible();
    await expect(aliceThread.getByText('(edited)', { exact: true })).toHaveCount(2);
  });

  await test.step('the commenter deletes his message; alice’s reply stays', async () => {
    const thread = comments.carl.thread(ANCHOR);
    await comments.carl.threadButton(thread, 'Delete').click();
    for (const panel of [comments.carl, comments.alice]) {
      const t = panel.thread(ANCHOR);
      await expect(t.getByText('Message deleted', { exact: true })).toBeVisible();
      await expect(t).not.toContainText('please confirm');
      await expect(t).toContainText('Confirmed: 2.5k.');
    }
    await expect(comments.carl.threadButton(thread, 'Edit')).toHaveCount(0);
    await expect(comments.carl.threadButton(thread, 'Delete')).toHaveCount(0);
  });
});
