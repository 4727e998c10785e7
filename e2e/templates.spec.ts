import { Legibility } from './pages/Legibility.ts';
import { expect, test, uniqueTitle } from './fixtures.ts';

test('the e-commerce template has six stages in order and draws the emotion curve', async ({
  alice,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Shop first purchase'), 'E-commerce first purchase');
  await alice.map.expectConnected();

  await alice.map.expectStageOrder([
    'Awareness',
    'Consideration',
    'Purchase',
    'Delivery',
    'Support',
    'Loyalty',
  ]);

  // One curve per persona, each an actual line, through the scores the template sets.
  await expect(alice.map.emotionCurves).toHaveCount(2);
  for (const curve of await alice.map.emotionCurves.all()) {
    await expect(curve).toHaveAttribute('d', /^\s*M[\d\s.,-]+[LCQSTHV]/i);
  }
  await expect(alice.map.emotionCurves.first()).toBeVisible();
  await expect(alice.map.emotionPoint('First-time buyer', 'Checks out as a guest')).toHaveAttribute(
    'aria-valuenow',
    '-1',
  );
  await expect(alice.map.emotionPoint('Gift shopper', 'Gets a reorder reminder')).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
});

test('a map opened on a slow connection still fits the window once it arrives', async ({
  alice,
  bob,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Slow network'), 'E-commerce first purchase');
  await alice.map.expectConnected();

  // Bob's sync messages arrive late, as on a slow network; his browser has no copy of the map.
  await bob.page.routeWebSocket(/\/collab\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => setTimeout(() => ws.send(message), 800));
  });
  await bob.join(alice);
  await expect(bob.map.card('Gets a reorder reminder')).toBeVisible();

  // The view opened when the content came: the first stage on screen at a readable size …
  await expect(bob.map.stage('Awareness')).toBeInViewport({ ratio: 0.99 });
  const sizes = await new Legibility(bob.page).titleSizes();
  expect(sizes.medianFontPx).toBeGreaterThanOrEqual(12);
  // … and the whole map, first stage to last, first lane to last, one control away.
  await bob.map.fitWholeMapButton.click();
  await expect(bob.map.stage('Loyalty')).toBeInViewport({ ratio: 0.99 });
  await expect(bob.map.card('CRM segments first-time buyers')).toBeInViewport({ ratio: 0.99 });
});
