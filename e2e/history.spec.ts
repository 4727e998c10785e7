import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';

// Cards of the "E-commerce first purchase" template this test changes.
const RENAMED = { from: 'Instagram ad', to: 'Instagram story ad' };
const ADDED = { stage: 'Delivery', lane: 'Pain points', title: 'Parcel left at the wrong door' };
const DELETED = 'Search result';

/** Marks the page so that a later check can tell whether it was reloaded meanwhile. */
async function markPage(actor: Actor): Promise<void> {
  await actor.page.evaluate(() => {
    (window as unknown as { __e2eMark?: boolean }).__e2eMark = true;
  });
}

async function wasReloaded(actor: Actor): Promise<boolean> {
  return actor.page.evaluate(() => !(window as unknown as { __e2eMark?: boolean }).__e2eMark);
}

/** Asserts the live map shows the template as created: none of alice's three edits. */
async function expectTemplateState(actor: Actor): Promise<void> {
  await expect(actor.map.card(DELETED)).toBeVisible();
  await expect(actor.map.card(RENAMED.from)).toBeVisible();
  await expect(actor.map.card(RENAMED.to)).toHaveCount(0);
  await expect(actor.map.card(ADDED.title)).toHaveCount(0);
}

/** Asserts the live map shows alice's three edits. */
async function expectEditedState(actor: Actor): Promise<void> {
  await expect(actor.map.card(RENAMED.to)).toBeVisible();
  await actor.map.expectCardInCell(ADDED.title, ADDED.stage, ADDED.lane);
  await expect(actor.map.card(RENAMED.from)).toHaveCount(0);
  await expect(actor.map.card(DELETED)).toHaveCount(0);
}

test('named versions, compare with the past, preview, and restore for everyone', async ({
  alice,
  bob,
  newGuest,
}) => {
  const title = uniqueTitle('Steering history');
  const history = new HistoryPanel(alice.page);
  const bobHistory = new HistoryPanel(bob.page);

  await test.step('alice creates a map from the e-commerce template', async () => {
    await alice.home.goto();
    await alice.home.createMap(title, 'E-commerce first purchase');
    await alice.map.expectConnected();
    await expectTemplateState(alice);
  });

  await test.step('the history starts with the automatic "Map created" version', async () => {
    await history.open();
    await expect(history.versions).toHaveCount(1);
    const created = history.versionWithText('Map created');
    await expect(created).toHaveCount(1);
    await expect(created).toHaveAccessibleName(/^Automatic · /);
    await history.closeButton.click();
    await expect(history.root).toBeHidden();
  });

  await test.step('alice renames a card, adds one and deletes one', async () => {
    await alice.map.selectCard(RENAMED.from);
    await alice.map.cardPanel.rename(RENAMED.to);
    await expect(alice.map.card(RENAMED.to)).toBeVisible();
    await alice.map.cardPanel.closeButton.click();
    await expect(alice.map.cardPanel.root).toBeHidden();

    await alice.map.addCard(ADDED.stage, ADDED.lane, ADDED.title);

    await alice.map.card(DELETED).hover();
    await alice.page.getByRole('button', { name: `Delete card ${DELETED}`, exact: true }).click();
    await expectEditedState(alice);
  });

  await test.step('she saves "Q3 steering review" with a note; the list shows it', async () => {
    await history.open();
    const saved = await history.save('Q3 steering review', 'Agreed with the steering group');
    await expect(saved).toContainText('Agreed with the steering group');
    // The one-line summary against the version before ("Map created").
    await expect(saved).toContainText('+1 card, −1 card, 1 card edited');
    await expect(history.versions).toHaveCount(2);
    await expect(history.versions.nth(1)).toContainText('Map created');
  });

  await test.step('"Compare with now" on "Map created" lists and marks the three changes', async () => {
    const created = history.versionWithText('Map created');
    await history.versionButton(created, 'Compare with now').click();
    await expect(
      history.pastBanner(`Comparing: ${await history.labelOf(created)} → now`),
    ).toBeVisible();

    await expect(history.changes).toBeVisible();
    await expect(history.changes.getByRole('heading')).toHaveText('3 changes');
    await expect(history.change(`Card added: ${ADDED.title}`)).toHaveCount(1);
    await expect(history.change(`Card removed: ${DELETED}`)).toHaveCount(1);
    const edited = history.change(`Card ${RENAMED.to}`);
    await expect(edited).toHaveCount(1);
    await expect(edited).toContainText(`Title: ${RENAMED.from} → ${RENAMED.to}`);

    // The canvas shows the present with each change marked; the removed card as a ghost.
    const mark = (card: string, kind: string) =>
      alice.map.card(card).getByRole('img', { name: `Change: ${kind}`, exact: true });
    await expect(mark(ADDED.title, 'Added')).toBeVisible();
    await expect(mark(DELETED, 'Removed')).toBeVisible();
    await expect(mark(RENAMED.to, 'Edited')).toBeVisible();
    await expect(alice.page.getByRole('img', { name: /^Change: / })).toHaveCount(3);
    // The past is read-only.
    await expect(alice.map.addCardButtons).toHaveCount(0);

    await history.backToNow.click();
    await expect(history.backToNow).toBeHidden();
    await expect(history.changes).toBeHidden();
    await expect(alice.page.getByRole('img', { name: /^Change: / })).toHaveCount(0);
    await expect(alice.map.addCardButtons.first()).toBeVisible();
    await expect(alice.map.card(DELETED)).toHaveCount(0);
  });

  await test.step('the compare form compares the previous version with now', async () => {
    await expect(history.compareFrom).toHaveValue('');
    await expect(history.compareFrom.locator('option').first()).toHaveText('Previous version');
    await expect(history.compareTo.locator('option').first()).toHaveText('Now');
    await history.compareButton.click();
    // "Previous version" is the one before the newest ("Q3 steering review" is the present).
    const created = await history.labelOf(history.versionWithText('Map created'));
    await expect(history.pastBanner(`Comparing: ${created} → now`)).toBeVisible();
    await expect(history.changes.getByRole('heading')).toHaveText('3 changes');
    await history.backToNow.click();
    await expect(history.backToNow).toBeHidden();

    // Two named points in time: "Map created" against "Q3 steering review".
    // Unnamed versions are told apart in the pickers by what they hold.
    await history.compareFrom.selectOption({ label: `${created} — Map created` });
    await history.compareTo.selectOption({ label: 'Q3 steering review' });
    await history.compareButton.click();
    await expect(history.pastBanner(`Comparing: ${created} → Q3 steering review`)).toBeVisible();
    await expect(history.change(`Card removed: ${DELETED}`)).toHaveCount(1);
    await history.backToNow.click();
    await expect(history.backToNow).toBeHidden();
  });

  await test.step('preview shows a version read-only, clearly marked as the past', async () => {
    const created = history.versionWithText('Map created');
    const label = await history.labelOf(created);
    await history.versionButton(created, 'Preview').click();
    await expect(history.pastBanner(`Viewing the past: ${label}`)).toBeVisible();
    await expectTemplateState(alice);
    await expect(alice.map.addCardButtons).toHaveCount(0);
    await expect(alice.page.getByRole('button', { name: /^Delete card / })).toHaveCount(0);

    await history.backToNow.click();
    await expect(history.pastBanner(`Viewing the past: ${label}`)).toBeHidden();
    await expectEditedState(alice);
    await expect(alice.map.addCardButtons.first()).toBeVisible();
  });

  await test.step('bob opens the map and sees alice’s edits', async () => {
    await bob.join(alice);
    await expectEditedState(bob);
    await markPage(bob);
  });

  await test.step('alice restores "Map created": bob’s map returns to it live', async () => {
    await history.restore(history.versionWithText('Map created'));
    await expectTemplateState(alice);

    await expectTemplateState(bob);
    await bob.map.expectCardInCell(DELETED, 'Awareness', 'Touchpoints');
    await expect(bob.map.status).toHaveText('Connected');
    expect(await wasReloaded(bob), 'bob’s page was not reloaded').toBe(false);
  });

  await test.step('both are told who restored what, and History lists the restore', async () => {
    const notice = (actor: Actor) =>
      actor.page.getByRole('status').filter({ hasText: / restored “.+” at \d\d:\d\d\./ });
    await expect(notice(alice)).toBeVisible();
    await expect(notice(bob)).toBeVisible();
    // Credited to alice by the name she goes by on the map, never to a role.
    const who = (await notice(alice).textContent())!.split(' restored ')[0]!;
    expect(who).not.toBe('Workspace member');
    await expect(notice(bob)).toContainText(`${who} restored`);
    const entry = history.versions.filter({ hasText: /^Restored “/ });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`By ${who}`);
    await bob.page.screenshot({ path: test.info().outputPath('restore-notice.png') });
    await bob.page.getByRole('button', { name: 'Dismiss the restore notice', exact: true }).click();
    await expect(notice(bob)).toBeHidden();
  });

  let backup = '';
  await test.step('a "Before restoring" version was saved first', async () => {
    const before = history.versions.filter({ hasText: /^Before restoring “/ });
    await expect(before).toHaveCount(1);
    backup = await history.labelOf(before);
    expect(backup).toMatch(/^Before restoring “.+”$/);
    await expect(history.version('Q3 steering review')).toBeVisible();

    // Bob's panel lists it too.
    await bobHistory.open();
    await expect(bobHistory.version(backup)).toBeVisible();
    await bobHistory.closeButton.click();
  });

  await test.step('restoring that version brings alice’s edits back for both', async () => {
    await history.restore(history.version(backup));
    await expectEditedState(alice);
    await expectEditedState(bob);
    await expect(bob.map.status).toHaveText('Connected');
    expect(await wasReloaded(bob), 'bob’s page was not reloaded').toBe(false);
  });

  await test.step('an edit after the restores still syncs', async () => {
    await bob.map.addCard('Support', 'Pain points', 'Return label missing');
    await expect(alice.map.card('Return label missing')).toBeVisible();
  });

  await test.step('a viewer link without history has no History panel', async () => {
    await alice.map.shareButton.click();
    const url = await alice.map.shareDialog.createLink('viewer');
    await alice.map.shareDialog.close();
    const walt = await newGuest('walt');
    await walt.map.joinByLink(url, 'Walt', title);
    await expect(walt.map.roleBadge('View only')).toBeVisible();
    await expect(walt.page.getByRole('button', { name: 'History', exact: true })).toHaveCount(0);
  });

  await test.step('a viewer guest with history can read it but not save or restore', async () => {
    await alice.map.shareButton.click();
    const url = await alice.map.shareDialog.createLink('viewer', { history: true });
    await alice.map.shareDialog.close();

    const vera = await newGuest('vera');
    await vera.map.joinByLink(url, 'Vera', title);
    await expect(vera.map.roleBadge('View only')).toBeVisible();
    const veraHistory = new HistoryPanel(vera.page);
    await veraHistory.open();
    await expect(veraHistory.version('Q3 steering review')).toBeVisible();
    await expect(veraHistory.versionWithText('Map created')).toHaveCount(1);
    await expect(veraHistory.versionButton(veraHistory.versions.first(), 'Preview')).toBeVisible();
    await expect(veraHistory.root.getByRole('button', { name: 'Restore' })).toHaveCount(0);
    await expect(veraHistory.saveButton).toHaveCount(0);
    await expect(veraHistory.versionName).toHaveCount(0);
  });
});
