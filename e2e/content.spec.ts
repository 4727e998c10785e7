import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

const TEMPLATE = 'E-commerce first purchase';

/** The first actor creates a map from the e-commerce template; the others open its URL. */
async function shopMap(creator: Actor, ...others: Actor[]): Promise<void> {
  await creator.home.goto();
  await creator.home.createMap(uniqueTitle('Shop journey'), TEMPLATE);
  await creator.map.expectConnected();
  for (const other of others) {
    await other.join(creator);
    await expect(other.map.card('Order confirmation')).toBeVisible();
  }
}

test('an owner and a KPI set by alice show on the card for bob', async ({ alice, bob }) => {
  await shopMap(alice, bob);
  // A card near the top left, so that it is on screen whatever the zoom.
  const card = 'Product page';
  const kpi = 'Confirmation email opened';

  await test.step('the card starts owned by Omar Haddad, with no KPI', async () => {
    for (const actor of [alice, bob]) {
      await expect(actor.map.cardOwner(card, 'Omar Haddad')).toBeVisible();
      await expect(actor.map.card(card).getByRole('img', { name: /^KPI / })).toHaveCount(0);
    }
  });

  await test.step('alice makes Sam Okafor the owner with the owner picker', async () => {
    await alice.map.selectCard(card);
    await expect(alice.map.cardPanel.ownerBox).toHaveValue('Omar Haddad');
    await alice.map.cardPanel.chooseOwner('Sam Okafor');
    await expect(alice.map.cardOwner(card, 'Sam Okafor')).toBeVisible();
  });

  await test.step('bob sees Sam Okafor’s avatar on the card', async () => {
    await expect(bob.map.cardOwner(card, 'Sam Okafor')).toBeVisible();
    await expect(bob.map.cardOwner(card, 'Omar Haddad')).toHaveCount(0);
  });

  await test.step('alice adds a KPI with a target and records an off-target value', async () => {
    await alice.map.cardPanel.addKpi({
      name: kpi,
      unit: '%',
      target: 60,
      direction: 'Higher is better',
    });
    await alice.map.cardPanel.recordKpiValue(kpi, 42);
    await expect(alice.map.cardPanel.kpi(kpi)).toContainText('off target');
  });

  await test.step('bob sees the KPI chip on the card, off target', async () => {
    const chip = bob.map.cardKpi(card, kpi);
    // The chip also says when and how the value came: recorded by hand in the app.
    await expect(chip).toHaveAccessibleName(
      new RegExp(`^KPI ${kpi}: 42% \\(target 60%\\), off target, updated .+ · by hand$`),
    );
    await expect(chip).toHaveAttribute('data-kpi-status', 'off target');
  });

  await test.step('a value that meets the target turns the chip on target for bob', async () => {
    await alice.map.cardPanel.recordKpiValue(kpi, 65);
    const chip = bob.map.cardKpi(card, kpi);
    await expect(chip).toHaveAccessibleName(
      new RegExp(`^KPI ${kpi}: 65% \\(target 60%\\), on target, updated .+ · by hand$`),
    );
    await expect(chip).toHaveAttribute('data-kpi-status', 'on target');
  });

  // Last, so that it cannot hide the checks above: fails while each option also carries its
  // avatar's "Owner: <name>" label (see the report).
  await test.step('the owner picker names each option by the person’s name', async () => {
    await alice.map.cardPanel.ownerBox.click();
    const people = alice.map.cardPanel.root.getByRole('listbox', { name: 'People' });
    await expect(people.getByRole('option', { name: 'Sam Okafor', exact: true })).toBeVisible();
    await alice.page.keyboard.press('Escape');
    await expect(people).toBeHidden();
  });
});

test('bob drags an emotion point up and alice sees the curve move', async ({ alice, bob }) => {
  await shopMap(alice, bob);
  const persona = 'First-time buyer';
  const card = 'Checks out as a guest';

  const alicePoint = alice.map.emotionPoint(persona, card);
  const aliceCurve = alice.map.emotionCurve(persona);
  await expect(alicePoint).toHaveAttribute('aria-valuenow', '-1');
  await expect(aliceCurve).toHaveAttribute('d', /^\s*M/);
  const before = await aliceCurve.getAttribute('d');
  const otherCurve = await alice.map.emotionCurve('Gift shopper').getAttribute('d');

  await test.step('bob drags the point far up: the score stops at the top, +2', async () => {
    await expect(bob.map.emotionPoint(persona, card)).toHaveAttribute('aria-valuenow', '-1');
    await bob.map.dragEmotionPoint(persona, card, -400);
    await expect(bob.map.emotionPoint(persona, card)).toHaveAttribute('aria-valuenow', '2');
  });

  await test.step('alice sees the new score and a different curve for that persona only', async () => {
    await expect(alicePoint).toHaveAttribute('aria-valuenow', '2');
    await expect(aliceCurve).not.toHaveAttribute('d', before ?? '');
    await expect(aliceCurve).toHaveAttribute('d', /^\s*M/);
    await expect(alice.map.emotionCurve('Gift shopper')).toHaveAttribute('d', otherCurve ?? '');
  });

  await test.step('the card inspector agrees: First-time buyer feels very positive', async () => {
    await alice.map.selectCard(card);
    await expect(
      alice.map.cardPanel.feeling(persona).getByRole('radio', { name: 'Very positive' }),
    ).toBeChecked();
  });
});

test('undo reverts only my own change, for everyone', async ({ alice, bob }) => {
  await shopMap(alice, bob);

  await test.step('nothing to undo yet, and selecting a card is not a change', async () => {
    await expect(alice.map.undoButton).toBeDisabled();
    await alice.map.selectCard('Instagram ad');
    await expect(alice.map.undoButton).toBeDisabled();
  });

  await test.step('alice renames one card, bob another', async () => {
    await alice.map.cardPanel.rename('Instagram story ad');
    await expect(alice.map.undoButton).toBeEnabled();
    await expect(bob.map.card('Instagram story ad')).toBeVisible();

    await bob.map.selectCard('Product page');
    await bob.map.cardPanel.rename('Product detail page');
    for (const actor of [alice, bob]) {
      await expect(actor.map.card('Instagram story ad')).toBeVisible();
      await expect(actor.map.card('Product detail page')).toBeVisible();
    }
  });

  await test.step('alice clicks Undo: her rename is reverted, bob’s stays', async () => {
    await alice.map.undoButton.click();
    for (const actor of [alice, bob]) {
      await expect(actor.map.card('Instagram ad')).toBeVisible();
      await expect(actor.map.card('Instagram story ad')).toHaveCount(0);
      await expect(actor.map.card('Product detail page')).toBeVisible();
    }
    await expect(alice.map.cardPanel.title).toHaveValue('Instagram ad');
    await expect(alice.map.undoButton).toBeDisabled();
  });

  await test.step('with focus on the canvas, Ctrl+Shift+Z redoes and Ctrl+Z undoes', async () => {
    await alice.map.selectCard('Sees a social ad for a product');
    await alice.page.keyboard.press('Control+Shift+Z');
    for (const actor of [alice, bob]) {
      await expect(actor.map.card('Instagram story ad')).toBeVisible();
      await expect(actor.map.card('Product detail page')).toBeVisible();
    }
    await alice.page.keyboard.press('Control+Z');
    for (const actor of [alice, bob]) {
      await expect(actor.map.card('Instagram ad')).toBeVisible();
      await expect(actor.map.card('Product detail page')).toBeVisible();
    }
  });

  await test.step('bob’s own undo is still there for him', async () => {
    await expect(bob.map.undoButton).toBeEnabled();
    await bob.map.undoButton.click();
    for (const actor of [alice, bob]) {
      await expect(actor.map.card('Product page')).toBeVisible();
      await expect(actor.map.card('Instagram ad')).toBeVisible();
    }
  });
});

test('keyboard: arrows move the selection, N adds, Enter edits, Delete removes, ? helps', async ({
  alice,
}) => {
  await shopMap(alice);
  const { map } = alice;
  const keyboard = alice.page.keyboard;

  await test.step('arrow keys walk between cards; the inspector follows', async () => {
    await map.selectCard('Sees a social ad for a product');
    await keyboard.press('ArrowRight');
    await map.cardPanel.expectCard('Compares sizes and reviews');
    await keyboard.press('ArrowDown');
    await map.cardPanel.expectCard('Product page');
    await keyboard.press('ArrowDown');
    await map.cardPanel.expectCard('Customer reviews');
    await keyboard.press('ArrowUp');
    await map.cardPanel.expectCard('Product page');
    await keyboard.press('ArrowLeft');
    await map.cardPanel.expectCard('Instagram ad');
  });

  await test.step('Delete removes the selected card; Ctrl+Z brings it back', async () => {
    await keyboard.press('ArrowDown');
    await map.cardPanel.expectCard('Search result');
    await keyboard.press('Delete');
    await expect(map.card('Search result')).toHaveCount(0);
    // The selection moves on to the next card down the stage.
    await map.cardPanel.expectCard('Landing page differs from the ad');
    await keyboard.press('Control+Z');
    await expect(map.card('Search result')).toBeVisible();
    await map.expectCardInCell('Search result', 'Awareness', 'Touchpoints');
  });

  await test.step('N adds a "New card" after the selected one, its title focused', async () => {
    await map.selectCard('Instagram ad');
    await keyboard.press('n');
    await expect(map.cardTitleInput).toBeFocused();
    await expect(map.cardTitleInput).toHaveValue('New card');
    await expect(map.card('New card')).toBeVisible();
    await map.expectCardInCell('New card', 'Awareness', 'Touchpoints');
    await map.cardPanel.expectCard('New card');
  });

  await test.step('Escape leaves the title as it was; Enter edits it again', async () => {
    await keyboard.press('Escape');
    await expect(map.cardTitleInput).toBeHidden();
    await expect(map.card('New card')).toBeVisible();
    await map.cardPanel.expectCard('New card');

    await keyboard.press('Enter');
    await expect(map.cardTitleInput).toBeFocused();
    await map.cardTitleInput.fill('Size chart link');
    await keyboard.press('Enter');
    await expect(map.cardTitleInput).toBeHidden();
    await expect(map.card('Size chart link')).toBeVisible();
    await expect(map.card('New card')).toHaveCount(0);
    await map.cardPanel.expectCard('Size chart link');
  });

  await test.step('Delete removes the new card and selects the one below it', async () => {
    await keyboard.press('Delete');
    await expect(map.card('Size chart link')).toHaveCount(0);
    await map.cardPanel.expectCard('Search result');
  });

  await test.step('Escape clears the selection; ? shows the shortcuts', async () => {
    await keyboard.press('Escape');
    await expect(map.cardPanel.root).toBeHidden();
    await keyboard.press('?');
    const help = map.panel('Keyboard shortcuts');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Move the selection between cards');
  });
});

test('search and the owner filter fade the cards that do not match', async ({ alice }) => {
  await shopMap(alice);
  const { map } = alice;

  await test.step('nothing is faded and there is nothing to clear at first', async () => {
    await map.expectDimmed('Checkout', false);
    await expect(map.clearFiltersButton).toBeHidden();
  });

  await test.step('searching "chat" keeps only cards with chat in the title', async () => {
    await map.searchBox.fill('chat');
    await map.expectDimmed('Live chat', false);
    await map.expectDimmed('Chat bot loops without a human', false);
    await map.expectDimmed('Checkout', true);
    await map.expectDimmed('Instagram ad', true);
  });

  await test.step('Clear filters restores every card', async () => {
    await map.clearFiltersButton.click();
    await expect(map.searchBox).toHaveValue('');
    await expect(map.page.locator('[data-dimmed="true"]')).toHaveCount(0);
    await expect(map.clearFiltersButton).toBeHidden();
  });

  await test.step('the Owner filter shows only what Sam Okafor owns', async () => {
    await map.openFilters();
    await map.filter('Owner').selectOption({ label: 'Sam Okafor' });
    await expect(map.filtersButton).toHaveAccessibleName('Filters, 1 active');
    for (const card of ['Live chat', 'Returns page', 'Hand over to an agent after two misses']) {
      await map.expectDimmed(card, false);
    }
    for (const card of ['Checkout', 'Instagram ad', 'Asks about a return']) {
      await map.expectDimmed(card, true);
    }
  });

  await test.step('owner and search combine', async () => {
    await map.searchBox.fill('chat');
    await map.expectDimmed('Live chat', false);
    await map.expectDimmed('Returns page', true);
    await map.expectDimmed('Chat bot loops without a human', true);
  });

  await test.step('Clear filters resets both', async () => {
    await map.clearFiltersButton.click();
    await expect(map.searchBox).toHaveValue('');
    await map.openFilters();
    await expect(map.filter('Owner')).toHaveValue('');
    await expect(map.page.locator('[data-dimmed="true"]')).toHaveCount(0);
  });
});

test('a new persona joins the legend and its curve can be hidden here only', async ({
  alice,
  bob,
}) => {
  await shopMap(alice, bob);
  const persona = 'Returning customer';
  const card = 'Compares sizes and reviews';

  await test.step('alice adds a persona in the Personas panel', async () => {
    await expect(alice.map.personaLegend.getByRole('listitem')).toHaveText([
      'First-time buyer',
      'Gift shopper',
    ]);
    await alice.map.panelToggle('Personas').click();
    const panel = alice.map.panel('Personas');
    await expect(panel).toBeVisible();
    await panel.getByRole('textbox', { name: 'Persona name', exact: true }).fill(persona);
    await panel.getByRole('button', { name: 'Add persona', exact: true }).click();
    await expect(panel.getByRole('button', { name: `Delete persona ${persona}` })).toBeVisible();
  });

  await test.step('both see it in the emotion lane legend', async () => {
    for (const actor of [alice, bob]) {
      await expect(actor.map.personaLegend.getByRole('listitem')).toHaveText([
        'First-time buyer',
        'Gift shopper',
        persona,
      ]);
    }
  });

  await test.step('alice hides its curve with "Show curve"; bob still sees it', async () => {
    await expect(alice.map.panelToggle('Personas')).toHaveAttribute('aria-pressed', 'true');
    const row = alice.map
      .panel('Personas')
      .getByRole('listitem')
      .filter({ has: alice.page.getByRole('button', { name: `Delete persona ${persona}` }) });
    const show = row.getByRole('checkbox', { name: `Show curve of ${persona}`, exact: true });
    await expect(show).toBeChecked();
    await show.uncheck();

    await expect(alice.map.personaLegend.getByRole('listitem')).toHaveText([
      'First-time buyer',
      'Gift shopper',
    ]);
    await expect(alice.map.emotionCurve(persona)).toHaveCount(0);
    await expect(bob.map.emotionCurve(persona)).toHaveCount(1);
    await expect(bob.map.personaLegend.getByRole('listitem')).toHaveCount(3);

    await show.check();
    await expect(alice.map.emotionCurve(persona)).toHaveCount(1);
    await expect(alice.map.personaLegend.getByRole('listitem')).toHaveCount(3);
  });

  // Blocked by the unnamed "How <persona> feels" radio groups (see the report).
  await test.step('alice scores a card for the new persona; bob sees its point', async () => {
    await alice.map.selectCard(card);
    await alice.map.cardPanel.setFeeling(persona, 'Positive');
    await expect(bob.map.emotionPoint(persona, card)).toHaveAttribute('aria-valuenow', '1');
    await expect(bob.map.emotionCurve(persona)).toHaveAttribute('d', /^\s*M/);
  });
});
