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
