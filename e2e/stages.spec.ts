import { expect, test, uniqueTitle } from './fixtures.ts';

test('deleting a stage that holds cards asks first', async ({ alice }) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Stage deletion'));
  await alice.map.expectConnected();
  await alice.map.addCard('Discover', 'Touchpoints', 'Landing page');

  const confirm = alice.map.dialog('Delete stage Discover?');

  await test.step('Cancel keeps the stage and its cards', async () => {
    await alice.map.clickDeleteStage('Discover');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(alice.map.stage('Discover')).toBeVisible();
    await expect(alice.map.card('Landing page')).toBeVisible();
  });

  await test.step('Delete removes the stage and its cards', async () => {
    await alice.map.clickDeleteStage('Discover');
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(alice.map.stage('Discover')).toHaveCount(0);
    await expect(alice.map.card('Landing page')).toHaveCount(0);
    await alice.map.expectStageOrder(['Decide', 'Use']);
  });
});
