import { expect, test, uniqueTitle } from './fixtures.ts';

/* The inspector follows the selection: one form, for the card selected now. */

test('stepping through search matches keeps one card form, for the card selected', async ({
  alice,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Inspector'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  const search = alice.page.getByRole('searchbox').first();
  await search.fill('e');
  for (let i = 0; i < 6; i++) await search.press('Enter');
  const panel = alice.map.panel('Card');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Description', exact: true })).toHaveCount(1);
  await expect(panel.getByRole('textbox', { name: 'Title', exact: true })).toHaveCount(1);
});
