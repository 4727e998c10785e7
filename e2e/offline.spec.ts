import type { WebSocketRoute } from '@playwright/test';
import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import type { MapPage } from './pages/MapPage.ts';

const OFFLINE_CARD = 'Written on the train';
const BOB_CARD = 'Added while she was away';

/** Alice creates a blank map (stages Discover, Decide, Use) and bob opens it too. */
async function twoEditors(alice: Actor, bob: Actor): Promise<void> {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Offline'));
  await alice.map.expectConnected();
  await bob.join(alice);
  await expect(alice.map.presence(2)).toBeVisible();
}

/** Renames a stage through its "Rename stage …" control. */
async function renameStage(map: MapPage, from: string, to: string): Promise<void> {
  await map.page.getByRole('button', { name: `Rename stage ${from}`, exact: true }).click();
  await expect(map.stageNameInput).toBeFocused();
  await map.stageNameInput.fill(to);
  await map.stageNameInput.press('Enter');
  await expect(map.stageNameInput).toBeHidden();
  await expect(map.stage(to)).toBeVisible();
}

/** Alice goes offline and edits: a card in Decide / Touchpoints, and "Use" renamed "Adopt". */
async function editOffline(alice: Actor): Promise<void> {
  await alice.context.setOffline(true);
  await expect(alice.map.status).toHaveText('Offline');
  // (Bob's "people here" count is no proof either way: the server notices a dropped socket
  // only at its next keepalive ping, up to a minute later.)
  await alice.map.addCard('Decide', 'Touchpoints', OFFLINE_CARD);
  await renameStage(alice.map, 'Use', 'Adopt');
  await expect(alice.map.status).toHaveText('Offline');
}

/** What alice wrote offline has not reached bob (he still has the old stage name). */
async function expectBobWithoutAlicesEdits(bob: Actor): Promise<void> {
  await expect(bob.map.stage('Use')).toBeVisible();
  await expect(bob.map.stage('Adopt')).toHaveCount(0);
  await expect(bob.map.card(OFFLINE_CARD)).toHaveCount(0);
}

async function expectAllEdits(actor: Actor): Promise<void> {
  await actor.map.expectStageOrder(['Discover', 'Decide', 'Adopt']);
  await actor.map.expectCardInCell(OFFLINE_CARD, 'Decide', 'Touchpoints');
  await actor.map.expectCardInCell(BOB_CARD, 'Discover', 'Customer actions');
}

test('edits made offline reach the other editor when she is back online', async ({
  alice,
  bob,
}) => {
  await twoEditors(alice, bob);

  await test.step('alice goes offline and edits; bob edits too', async () => {
    await editOffline(alice);
    await bob.map.addCard('Discover', 'Customer actions', BOB_CARD);
    await bob.map.expectConnected();
  });

  await test.step('alice is told her edits wait on this device', async () => {
    const banner = alice.page.getByRole('status').filter({ hasText: /^Offline — / });
    await expect(banner).toContainText('your changes are kept on this device and will sync');
    await expect(banner).toContainText(/\d+ changes? waiting/);
  });

  await test.step('neither sees the other’s edits yet', async () => {
    await expectBobWithoutAlicesEdits(bob);
    await expect(alice.map.card(BOB_CARD)).toHaveCount(0);
  });

  await test.step('alice comes back: Connected, and both edits merge both ways', async () => {
    await alice.context.setOffline(false);
    await alice.map.expectConnected();
    await expect(
      alice.page.getByRole('status').filter({ hasText: /^Back online — \d+ changes? synced\.$/ }),
    ).toBeVisible();
    await expect(bob.map.presence(2)).toBeVisible();
    await expectAllEdits(bob);
    await expectAllEdits(alice);
  });

  await test.step('after a reload everything is still there, on both screens', async () => {
    await alice.map.reload();
    await expectAllEdits(alice);
    await bob.map.reload();
    await expectAllEdits(bob);
  });
});

/*
 * "Reload while offline" cannot be tested as such: with the context offline, Chromium
 * cannot fetch the page itself (net::ERR_INTERNET_DISCONNECTED; the app has no service
 * worker). The nearest thing: the page loads, but the sync server cannot be reached.
 */
test('with the sync server out of reach, a reload opens the map from this device', async ({
  alice,
  bob,
}) => {
  // Alice's sync sockets go through Playwright from the start. While `blocked`, they reach
  // no server: Playwright opens them itself (a mock) and we close each as soon as the page
  // speaks on it, so her status flips between Connected and Reconnecting… and never syncs.
  let blocked = false;
  await alice.context.routeWebSocket(/\/collab\//, (ws: WebSocketRoute) => {
    if (!blocked) return ws.connectToServer();
    ws.onMessage(() => void ws.close({ code: 1013, reason: 'blocked by the test' }));
  });
  await twoEditors(alice, bob);

  await test.step('alice edits offline; bob edits online', async () => {
    await editOffline(alice);
    await bob.map.addCard('Discover', 'Customer actions', BOB_CARD);
  });

  await test.step('the network returns, the sync server stays out of reach; she reloads', async () => {
    blocked = true;
    await alice.context.setOffline(false);
    await alice.page.reload();
  });

  await test.step('her offline edits are there, from this device only', async () => {
    await alice.map.expectStageOrder(['Discover', 'Decide', 'Adopt']);
    await alice.map.expectCardInCell(OFFLINE_CARD, 'Decide', 'Touchpoints');
    // Nothing came from the server: bob's card is not here, and he has none of hers.
    await expect(alice.map.card(BOB_CARD)).toHaveCount(0);
    await expectBobWithoutAlicesEdits(bob);
  });

  await test.step('once the server is reachable, the edits merge', async () => {
    blocked = false;
    await alice.map.expectConnected();
    await expectAllEdits(bob);
    await expectAllEdits(alice);
  });
});

test('offline, leaving the map and coming back opens it from this device', async ({
  alice,
  bob,
}) => {
  await twoEditors(alice, bob);
  await editOffline(alice);

  await test.step('alice goes to All maps and back, still offline', async () => {
    await alice.map.allMapsLink.click();
    await expect(alice.home.heading).toBeVisible();
    await alice.page.goBack();
    await expect(alice.page).toHaveURL(new RegExp(`/maps/${alice.map.id}$`));
  });

  await test.step('the map shows, with her offline edits, and says Offline', async () => {
    await expect(
      alice.page.getByRole('heading', { name: 'You need a link to open this map' }),
    ).toHaveCount(0);
    await expect(alice.map.status).toHaveText('Offline');
    await alice.map.expectCardInCell(OFFLINE_CARD, 'Decide', 'Touchpoints');
    await expect(alice.map.stage('Adopt')).toBeVisible();
  });

  await test.step('back online, bob receives them', async () => {
    await alice.context.setOffline(false);
    await alice.map.expectConnected();
    await bob.map.expectCardInCell(OFFLINE_CARD, 'Decide', 'Touchpoints');
    await expect(bob.map.stage('Adopt')).toBeVisible();
  });
});
