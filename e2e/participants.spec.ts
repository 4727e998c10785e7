import { accessibleName } from './pages/accessibleName.ts';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { CommentsPanel } from './pages/CommentsPanel.ts';

/*
 * Everyone on a map is a participant the server issued; their name changes through the
 * server, so what they write next carries the new name, and presence agrees with it.
 */

test('a new display name goes through the server: later comments and presence carry it', async ({
  alice,
  bob,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Renaming'));
  await alice.map.expectConnected();
  await bob.join(alice);
  const comments = { alice: new CommentsPanel(alice.page), bob: new CommentsPanel(bob.page) };
  const yourName = bob.page.getByRole('button', { name: /^Your name: / });
  const before = (await accessibleName(yourName)).replace('Your name: ', '');

  await test.step('bob comments under the name he opened the map with', async () => {
    await comments.bob.open();
    await comments.bob.composerFor('the map').fill('Before the rename');
    await comments.bob.root.getByRole('button', { name: 'Comment', exact: true }).click();
    await comments.alice.open();
    await expect(comments.alice.thread('The map')).toContainText(`${before}just now`);
    await expect(alice.page.getByRole('button', { name: `Follow ${before}` })).toBeVisible();
  });

  await test.step('he renames himself from the top bar', async () => {
    await yourName.click();
    const dialog = bob.page.getByRole('dialog', { name: 'Your name', exact: true });
    await dialog.getByRole('textbox', { name: 'Display name', exact: true }).fill('Robert Jones');
    await dialog.getByRole('button', { name: 'Save name', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(bob.page.getByRole('button', { name: 'Your name: Robert Jones' })).toBeVisible();
    await expect(alice.page.getByRole('button', { name: 'Follow Robert Jones' })).toBeVisible();
  });

  await test.step('his next reply carries the new name; the old message keeps the old one', async () => {
    const thread = comments.bob.thread('The map');
    await comments.bob.threadButton(thread, 'Reply').click();
    await thread.getByRole('textbox', { name: 'Reply', exact: true }).fill('After the rename');
    await comments.bob.threadButton(thread, 'Reply').click();
    const aliceThread = comments.alice.thread('The map');
    await expect(aliceThread).toContainText('Robert Jonesjust nowAfter the rename');
    await expect(aliceThread).toContainText(`${before}just nowBefore the rename`);
  });

  await test.step('after a reload he is the same participant: both messages are his to edit', async () => {
    await bob.map.reload();
    await expect(bob.page.getByRole('button', { name: 'Your name: Robert Jones' })).toBeVisible();
    await comments.bob.open();
    const thread = comments.bob.thread('The map');
    await expect(thread).toContainText('After the rename');
    await expect(comments.bob.threadButton(thread, 'Edit')).toHaveCount(2);
  });
});

test('a first visit asks once for a display name, prefilled, and remembers the answer', async ({
  alice,
  newActor,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('First visit'));
  await alice.map.expectConnected();
  const carol = await newActor('carol', { askName: true });
  await carol.join(alice);
  const prompt = carol.page.getByRole('dialog', { name: 'What should others call you?' });
  await expect(prompt).toBeVisible();
  const field = prompt.getByRole('textbox', { name: 'Display name', exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/^Guest /);
  // The map stays usable behind the prompt: it is not modal.
  await expect(carol.page.getByRole('button', { name: 'Add stage' }).first()).toBeEnabled();
  await field.fill('Carol Diaz');
  await field.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(carol.page.getByRole('button', { name: 'Your name: Carol Diaz' })).toBeVisible();
  await expect(alice.page.getByRole('button', { name: 'Follow Carol Diaz' })).toBeVisible();
  await carol.map.reload();
  await expect(carol.page.getByRole('button', { name: 'Your name: Carol Diaz' })).toBeVisible();
  await expect(prompt).toBeHidden();
});
