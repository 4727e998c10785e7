import { expect, test, uniqueTitle } from './fixtures.ts';

test('two people co-edit a map and the edits survive a reload', async ({
  alice,
  bob,
  newActor,
}) => {
  const title = uniqueTitle('Onboarding journey');

  await test.step('alice creates a blank map with a stage and a card', async () => {
    await alice.home.goto();
    await alice.home.createMap(title, 'Blank map');
    await alice.map.expectConnected();
    await alice.map.addStage('Support');
    await alice.map.addCard('Discover', 'Touchpoints', 'Pricing page');
    await alice.map.expectCardInCell('Pricing page', 'Discover', 'Touchpoints');
  });

  await test.step('bob opens the same map and sees both', async () => {
    await bob.join(alice);
    await expect(bob.map.titleInput).toHaveValue(title);
    await bob.map.expectStageOrder(['Discover', 'Decide', 'Use', 'Support']);
    await bob.map.expectCardInCell('Pricing page', 'Discover', 'Touchpoints');
  });

  await test.step('bob drags the card to another cell and sets its emotion', async () => {
    await bob.map.dragCard('Pricing page', 'Decide', 'Customer actions');
    await bob.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
    await bob.map.setEmotion('Pricing page', 'Positive');
    await expect(bob.map.cardEmotion('Pricing page', 'Positive')).toBeVisible();
  });

  await test.step('alice sees the card in its new cell, with its emotion on the curve', async () => {
    await alice.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
    await expect(alice.map.cardEmotion('Pricing page', 'Positive')).toBeVisible();
    await expect(alice.map.emotionPoint('Customer', 'Pricing page')).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
  });

  await test.step('both reload and everything is still there', async () => {
    for (const actor of [alice, bob]) {
      await actor.map.reload();
      await expect(actor.map.titleInput).toHaveValue(title);
      await actor.map.expectStageOrder(['Discover', 'Decide', 'Use', 'Support']);
      await actor.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
      await expect(actor.map.cardEmotion('Pricing page', 'Positive')).toBeVisible();
    }
  });

  await test.step('someone with no local copy gets the same map from the server', async () => {
    const carol = await newActor('carol');
    await carol.home.goto();
    await carol.home.mapLink(title).click();
    await carol.map.expectConnected();
    expect(carol.map.id).toBe(alice.map.id);
    await carol.map.expectStageOrder(['Discover', 'Decide', 'Use', 'Support']);
    await carol.map.expectCardInCell('Pricing page', 'Decide', 'Customer actions');
    await expect(carol.map.cardEmotion('Pricing page', 'Positive')).toBeVisible();
  });
});

test('the status chip says Connected and counts the people here', async ({ alice, bob }) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Presence check'));
  await alice.map.expectConnected();
  await expect(alice.map.presence(1)).toBeVisible();

  await bob.join(alice);
  await bob.map.expectConnected();
  await expect(alice.map.presence(2)).toBeVisible();
  await expect(bob.map.presence(2)).toBeVisible();

  await bob.context.close();
  await expect(alice.map.presence(1)).toBeVisible();
  await alice.map.expectConnected();
});
