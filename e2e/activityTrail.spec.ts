import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

const CARD = 'Checkout';

/** Sets the display name others see, through the top bar's "Your name" dialog. */
async function nameMe(actor: Actor, name: string): Promise<void> {
  await actor.page.getByRole('button', { name: /^Your name: / }).click();
  const dialog = actor.page.getByRole('dialog', { name: 'Your name', exact: true });
  await dialog.getByRole('textbox', { name: 'Display name', exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Save name', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(actor.page.getByRole('button', { name: `Your name: ${name}` })).toBeVisible();
}

/** The card inspector's "Activity" section, opened; its lines for the title. */
async function titleActivity(actor: Actor) {
  const section = actor.map.cardPanel.root.getByRole('region', { name: 'Activity', exact: true });
  const toggle = section.getByRole('button', { name: /^Activity/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return section.getByRole('list', { name: 'Title activity', exact: true });
}

test('a card keeps a per-field trail: both offline renames, and which one was overwritten', async ({
  alice,
  bob,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Trail'));
  await alice.map.expectConnected();
  await nameMe(alice, 'Alice Adams');
  await alice.map.addCard('Discover', 'Customer actions', CARD);
  await bob.join(alice);
  await nameMe(bob, 'Bob Brown');
  await expect(alice.map.presence(2)).toBeVisible();

  await test.step('alice renames the card offline while bob renames it online', async () => {
    await alice.context.setOffline(true);
    await expect(alice.map.status).toHaveText('Offline');
    for (const [actor, title] of [
      [alice, 'Pay (Alice)'],
      [bob, 'Pay (Bob)'],
    ] as const) {
      await actor.map.selectCard(CARD);
      await actor.map.cardPanel.rename(title);
      await expect(actor.map.card(title)).toBeVisible();
    }
    await alice.context.setOffline(false);
    await alice.map.expectConnected();
  });

  await test.step('one title stands for both', async () => {
    await expect(async () => {
      const a = await alice.map.cardPanel.title.inputValue();
      expect(['Pay (Alice)', 'Pay (Bob)']).toContain(a);
      expect(await bob.map.cardPanel.title.inputValue()).toBe(a);
    }).toPass();
  });

  await test.step('both inspectors show both names, the lost one marked overwritten', async () => {
    const stood = await bob.map.cardPanel.title.inputValue();
    const [loser, winner] =
      stood === 'Pay (Bob)' ? ['Alice Adams', 'Bob Brown'] : ['Bob Brown', 'Alice Adams'];
    for (const actor of [bob, alice]) {
      const lines = await titleActivity(actor);
      await expect(lines.getByRole('listitem')).toHaveCount(3); // the creation's title too
      await expect(lines).toContainText('Alice Adams → “Pay (Alice)”');
      await expect(lines).toContainText('Bob Brown → “Pay (Bob)”');
      await expect(lines.getByRole('listitem').filter({ hasText: /\(overwritten by / })).toHaveText(
        new RegExp(
          `^${loser} → “Pay \\(${loser.split(' ')[0]}\\)” at \\d\\d:\\d\\d \\(overwritten by ${winner} at \\d\\d:\\d\\d\\)$`,
        ),
      );
    }
    await (await titleActivity(bob)).scrollIntoViewIfNeeded();
    await bob.page.screenshot({ path: test.info().outputPath('activity-trail.png') });
  });
});
