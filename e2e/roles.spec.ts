import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

/** Alice creates a blank map with one card in Discover / Touchpoints; returns its title. */
async function mapWithACard(alice: Actor, base: string): Promise<string> {
  const title = uniqueTitle(base);
  await alice.home.goto();
  await alice.home.createMap(title);
  await alice.map.expectConnected();
  await alice.map.addCard('Discover', 'Touchpoints', 'Pricing page');
  return title;
}

/** Asserts the guest's editor offers nothing that changes the map. */
async function expectNoEditing(guest: Actor): Promise<void> {
  const { map } = guest;
  await expect(map.card('Pricing page')).toBeVisible();
  await expect(map.addStageButton).toHaveCount(0);
  await expect(map.addLaneButton).toHaveCount(0);
  await expect(map.addCardButtons).toHaveCount(0);
  await expect(map.deleteStageButtons).toHaveCount(0);
  await expect(map.page.getByRole('button', { name: /^Delete card / })).toHaveCount(0);
  await expect(map.undoButton).toHaveCount(0);
  await expect(map.redoButton).toHaveCount(0);
  await expect(map.shareButton).toHaveCount(0);
  await expect(map.titleInput).toHaveCount(0);

  // The inspector opens, but read-only.
  await map.selectCard('Pricing page');
  // Fields read as text, not as disabled inputs.
  await expect(map.cardPanel.root.getByRole('heading', { name: 'Pricing page' })).toBeVisible();
  await expect(map.cardPanel.title).toHaveCount(0);
  await expect(map.cardPanel.description).toHaveCount(0);
  // The owner reads as text: there is no picker to open.
  await expect(map.cardPanel.ownerBox).toHaveCount(0);
  await expect(map.emotionPicker).toHaveCount(0);
  await map.cardPanel.closeButton.click();
  await expect(map.cardPanel.root).toBeHidden();

  // A drag is not a move: the card stays in its cell.
  await map.dragCard('Pricing page', 'Decide', 'Customer actions');
  await map.expectCardInCell('Pricing page', 'Discover', 'Touchpoints');
}

test('a viewer link lets a guest watch, and revoking it shuts them out', async ({
  alice,
  newGuest,
}) => {
  const title = await mapWithACard(alice, 'Viewer access');
  const vera = await newGuest('vera');
  let url = '';

  await test.step('alice creates a viewer link in the Share dialog', async () => {
    await alice.map.shareButton.click();
    await expect(alice.map.shareDialog.root).toBeVisible();
    url = await alice.map.shareDialog.createLink('viewer');
    expect(url).toContain(`/maps/${alice.map.id}?token=`);
    await alice.map.shareDialog.close();
  });

  await test.step('the guest picks a name and sees the map, view only', async () => {
    await vera.map.joinByLink(url, 'Vera', title);
    await expect(vera.map.roleBadge('View only')).toBeVisible();
    await expect(vera.page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(alice.map.presence(2)).toBeVisible();
  });

  await test.step('nothing on her screen edits the map', async () => {
    await expectNoEditing(vera);
    await alice.map.expectCardInCell('Pricing page', 'Discover', 'Touchpoints');
  });

  await test.step('she sees alice’s edits live', async () => {
    await alice.map.addCard('Decide', 'Customer actions', 'Compares plans');
    await vera.map.expectCardInCell('Compares plans', 'Decide', 'Customer actions');
  });

  await test.step('revoking the link drops her connection', async () => {
    await alice.map.shareButton.click();
    await alice.map.shareDialog.revoke('viewer');
    await expect(vera.map.status).toBeVisible();
    await expect(vera.map.status).not.toHaveText('Connected');
    await expect(alice.map.presence(1)).toBeVisible();
  });

  await test.step('and after a reload the map is closed to her', async () => {
    await vera.page.reload();
    await expect(
      vera.page.getByRole('heading', { name: 'You need a link to open this map', exact: true }),
    ).toBeVisible();
    await expect(vera.map.card('Pricing page')).toHaveCount(0);
  });
});

test('a commenter link is comment only; an editor link can change the map', async ({
  alice,
  newGuest,
}) => {
  const title = await mapWithACard(alice, 'Guest roles');
  const carl = await newGuest('carl');
  const erin = await newGuest('erin');
  let commenterUrl = '';
  let editorUrl = '';

  await test.step('alice creates a commenter link and an editor link', async () => {
    await alice.map.shareButton.click();
    commenterUrl = await alice.map.shareDialog.createLink('commenter');
    editorUrl = await alice.map.shareDialog.createLink('editor');
    expect(editorUrl).not.toBe(commenterUrl);
    await alice.map.shareDialog.close();
  });

  await test.step('the commenter sees the map, comment only, with no editing', async () => {
    await carl.map.joinByLink(commenterUrl, 'Carl', title);
    await expect(carl.map.roleBadge('Comment only')).toBeVisible();
    await expect(carl.map.roleBadge('View only')).toHaveCount(0);
    await expectNoEditing(carl);
  });

  await test.step('the editor guest has the editing controls but no Share', async () => {
    await erin.map.joinByLink(editorUrl, 'Erin', title);
    await expect(erin.map.roleBadge('View only')).toHaveCount(0);
    await expect(erin.map.roleBadge('Comment only')).toHaveCount(0);
    await expect(erin.map.undoButton).toBeVisible();
    await expect(erin.map.addStageButton).toBeVisible();
    await expect(erin.map.shareButton).toHaveCount(0);
  });

  await test.step('the editor guest adds a card; alice and the commenter see it', async () => {
    await erin.map.addCard('Use', 'Touchpoints', 'Help centre');
    await alice.map.expectCardInCell('Help centre', 'Use', 'Touchpoints');
    await carl.map.expectCardInCell('Help centre', 'Use', 'Touchpoints');
  });

  await test.step('the editor guest moves a card by dragging; alice sees it move', async () => {
    await erin.map.dragCard('Pricing page', 'Decide', 'Customer actions');
    await erin.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
    await alice.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
  });
});

test('without a key or a link, nothing opens', async ({ alice, newGuest }) => {
  const title = await mapWithACard(alice, 'Closed map');
  const stranger = await newGuest('stranger');

  await test.step('the home page asks to sign in to the workspace', async () => {
    await stranger.page.goto('/');
    await expect(
      stranger.page.getByRole('heading', { name: 'Sign in to this workspace', exact: true }),
    ).toBeVisible();
    await expect(stranger.home.createButton).toHaveCount(0);
    await expect(stranger.home.mapLink(title)).toHaveCount(0);
  });

  await test.step('a map address without a link token is refused', async () => {
    await stranger.page.goto(`/maps/${alice.map.id}`);
    await expect(
      stranger.page.getByRole('heading', {
        name: 'You need a link to open this map',
        exact: true,
      }),
    ).toBeVisible();
    await expect(stranger.map.card('Pricing page')).toHaveCount(0);
  });
});
