import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

/* The map's directories, People and Personas: one list component behind both panels. */

async function shopMap(creator: Actor, other: Actor): Promise<void> {
  await creator.home.goto();
  await creator.home.createMap(uniqueTitle('Directories'), 'E-commerce first purchase');
  await creator.map.expectConnected();
  await other.join(creator);
  await expect(other.map.card('Order confirmation')).toBeVisible();
}

test('people are added, renamed and removed in the People panel, and filter by owner', async ({
  alice,
  bob,
}) => {
  await shopMap(alice, bob);
  const panels = [alice, bob].map((actor) => actor.map.panel('People and teams'));
  const [mine, theirs] = panels as [(typeof panels)[0], (typeof panels)[0]];
  for (const actor of [alice, bob]) await actor.map.panelToggle('People').click();

  await test.step('a blank name adds nobody; a name and a team add a person for both', async () => {
    const rows = await mine.getByRole('listitem').count();
    await mine.getByRole('textbox', { name: 'Team', exact: true }).fill('Support');
    await mine.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(mine.getByRole('listitem')).toHaveCount(rows);
    await mine.getByRole('textbox', { name: 'Person name', exact: true }).fill('  Rita Lopes ');
    await mine.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(mine.getByRole('textbox', { name: 'Person name', exact: true })).toHaveValue('');
    await expect(mine.getByRole('textbox', { name: 'Team', exact: true })).toHaveValue('');
    await expect(theirs.getByRole('textbox', { name: 'Team of Rita Lopes' })).toHaveValue(
      'Support',
    );
  });

  await test.step('a rename is saved when the field is left, and bob sees it', async () => {
    const name = mine.getByRole('textbox', { name: 'Name of Rita Lopes', exact: true });
    await name.fill('Rita Lopes-Silva');
    await expect(theirs.getByRole('textbox', { name: /^Name of Rita Lopes/ })).toHaveValue(
      'Rita Lopes',
    );
    await name.press('Tab');
    await expect(
      theirs.getByRole('textbox', { name: 'Name of Rita Lopes-Silva', exact: true }),
    ).toHaveValue('Rita Lopes-Silva');
  });

  await test.step('"Owns" filters alice’s canvas to what the person owns', async () => {
    const row = mine
      .getByRole('listitem')
      .filter({ has: alice.page.getByRole('button', { name: 'Remove Omar Haddad' }) });
    const owns = row.getByRole('button', { name: /^Owns \d+$/ });
    await owns.click();
    await expect(owns).toHaveAttribute('aria-pressed', 'true');
    await alice.map.expectDimmed('Instagram ad', true);
    await alice.map.expectDimmed('Product page', false);
    await bob.map.expectDimmed('Instagram ad', false);
    await owns.click();
    await alice.map.expectDimmed('Instagram ad', false);
  });

  await test.step('removing a person removes them for both', async () => {
    await mine.getByRole('button', { name: 'Remove Rita Lopes-Silva', exact: true }).click();
    await expect(theirs.getByRole('textbox', { name: /^Name of Rita Lopes/ })).toHaveCount(0);
  });
});

test('a persona’s description and name are edited in place, and it can be deleted', async ({
  alice,
  bob,
}) => {
  await shopMap(alice, bob);
  for (const actor of [alice, bob]) await actor.map.panelToggle('Personas').click();
  const mine = alice.map.panel('Personas');
  const theirs = bob.map.panel('Personas');

  await test.step('the description is saved as typed when the field is left', async () => {
    const about = mine.getByRole('textbox', { name: 'Description of Gift shopper', exact: true });
    await about.fill('Buys for others ');
    await about.press('Tab');
    await expect(
      theirs.getByRole('textbox', { name: 'Description of Gift shopper', exact: true }),
    ).toHaveValue('Buys for others ');
  });

  await test.step('a blank name is not saved; a new one is, for both', async () => {
    const name = mine.getByRole('textbox', { name: 'Name of persona Gift shopper', exact: true });
    await name.fill('   ');
    await name.press('Tab');
    await expect(name).toHaveValue('   ');
    await expect(theirs.getByRole('textbox', { name: 'Name of persona Gift shopper' })).toHaveValue(
      'Gift shopper',
    );
    await name.fill('Gift giver');
    await name.press('Tab');
    await expect(
      theirs.getByRole('textbox', { name: 'Name of persona Gift giver', exact: true }),
    ).toHaveValue('Gift giver');
  });

  await test.step('deleting it takes it out of both lists', async () => {
    await mine.getByRole('button', { name: 'Delete persona Gift giver', exact: true }).click();
    await expect(theirs.getByRole('button', { name: 'Delete persona Gift giver' })).toHaveCount(0);
    await expect(theirs.getByRole('listitem')).toHaveCount(1);
  });
});
