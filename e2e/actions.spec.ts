import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { ActionsPanel } from './pages/ActionsPanel.ts';
import { HealthPanel } from './pages/HealthPanel.ts';

const PAIN_POINT = 'Size guide is hard to find';
const ACTION = 'Link the size guide above the size picker';

async function ecommerceMap(alice: Actor, base: string): Promise<void> {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle(base), 'E-commerce first purchase');
  await alice.map.expectConnected();
}

/** The canvas node of a card or stage is selected (React Flow's `selected` class). */
async function expectSelected(node: ReturnType<Actor['map']['card']>): Promise<void> {
  await expect(node).toHaveClass(/\bselected\b/);
}

test('an action from a pain point reaches the board and the matrix; a drag re-scores it live', async ({
  alice,
  bob,
}) => {
  await ecommerceMap(alice, 'Backlog');
  await bob.join(alice);
  const actions = new ActionsPanel(alice.page);
  const bobActions = new ActionsPanel(bob.page);

  await test.step('alice selects a pain point and creates an action from it', async () => {
    await alice.map.selectCard(PAIN_POINT);
    const section = alice.map.cardPanel.root.getByRole('region', { name: 'Actions', exact: true });
    await expect(section).toContainText('No action addresses this yet.');
    await section.getByRole('button', { name: 'Create action', exact: true }).click();

    // The Actions panel opens on the table, with the new action named after the card.
    await expect(actions.root).toBeVisible();
    await expect(actions.titleFields).toHaveCount(1);
    await expect(actions.titleFields).toHaveValue(PAIN_POINT);
    await expect(actions.row(PAIN_POINT)).toContainText(`On: ${PAIN_POINT}`);
    await expect(actions.field('Status', PAIN_POINT)).toHaveValue('todo');
    await expect(actions.field('Impact', PAIN_POINT)).toHaveValue('3');
    await expect(actions.field('Effort', PAIN_POINT)).toHaveValue('3');
    await expect(
      alice.map.card(PAIN_POINT).getByRole('img', { name: '1 open action', exact: true }),
    ).toBeVisible();
  });

  await test.step('she gives it a title, an owner and a due date', async () => {
    await actions.rename(PAIN_POINT, ACTION);
    await actions.chooseOwner(ACTION, 'Omar Haddad');
    await actions.dueDate(ACTION).fill('2099-06-30');
    await expect(actions.dueDate(ACTION)).toHaveValue('2099-06-30');
  });

  await test.step('bob sees it on the board, under "To do"', async () => {
    await expect(
      bob.map.card(PAIN_POINT).getByRole('img', { name: '1 open action', exact: true }),
    ).toBeVisible();
    await bobActions.open();
    await bobActions.showTab('Board');
    const card = bobActions.column('To do').getByRole('article', { name: `Action ${ACTION}` });
    await expect(card).toBeVisible();
    await expect(card).toContainText('Impact 3 · Effort 3');
    await expect(card).toContainText('Due 2099-06-30');
    await expect(bobActions.column('Doing').getByRole('article')).toHaveCount(0);
  });

  await test.step('and in the matrix, as a big bet', async () => {
    await bobActions.showTab('Matrix');
    await expect(bobActions.matrix).toBeVisible();
    const dot = bobActions.dot(ACTION, 3, 3);
    await expect(dot).toBeVisible();
    await expect(dot).toHaveAttribute('data-quadrant', 'big-bet');
  });

  await test.step('bob drags the dot to high impact, low effort: a quick win', async () => {
    await bobActions.dragDot(ACTION, 5, 1);
    const dot = bobActions.dot(ACTION, 5, 1);
    await expect(dot).toBeVisible();
    await expect(dot).toHaveAttribute('data-quadrant', 'quick-win');
  });

  await test.step('alice’s table shows the new impact and effort', async () => {
    await expect(actions.field('Impact', ACTION)).toHaveValue('5');
    await expect(actions.field('Effort', ACTION)).toHaveValue('1');
  });

  await test.step('with the keyboard, bob re-scores the focused dot one step at a time', async () => {
    await bobActions.dot(ACTION).focus();
    await expect(bobActions.dot(ACTION, 5, 1)).toBeFocused();
    await bob.page.keyboard.press('ArrowDown');
    // Alice's table shows the first step…
    await expect(actions.field('Impact', ACTION)).toHaveValue('4');
    // …and bob's matrix should still be there, the dot focused, ready for the next key. Soft, so
    // that the rest of the test runs when these fail (the test still fails); short waits, since
    // everything above has already synced.
    const soon = { timeout: 3_000 };
    await expect.soft(bobActions.root, 'the Actions panel stays open').toBeVisible(soon);
    await expect.soft(bobActions.dot(ACTION, 4, 1), 'the dot keeps the focus').toBeFocused(soon);
    await expect
      .soft(bob.map.cardPanel.root, 'the arrow key does not select a card')
      .toBeHidden(soon);
    await bob.page.keyboard.press('ArrowRight');
    await expect
      .soft(bobActions.dot(ACTION, 4, 2), 'a second key re-scores the same dot')
      .toHaveAttribute('data-quadrant', 'quick-win', soon);
    await expect.soft(actions.field('Effort', ACTION)).toHaveValue('2', soon);
    await expect.soft(actions.field('Impact', ACTION)).toHaveValue('4', soon);
  });

  await test.step('done actions leave the matrix and the card’s marker', async () => {
    await actions.field('Status', ACTION).selectOption({ label: 'Done' });
    await expect(bob.map.card(PAIN_POINT).getByRole('img', { name: /open action/ })).toHaveCount(0);
    await bobActions.open();
    await bobActions.showTab('Matrix');
    await expect(bobActions.matrix).toBeVisible();
    await expect(bobActions.dot(ACTION)).toHaveCount(0);
    await bobActions.showTab('Board');
    await expect(
      bobActions.column('Done').getByRole('article', { name: `Action ${ACTION}` }),
    ).toBeVisible();
  });
});

test('the Health panel scores a template and its findings lead to the map', async ({ alice }) => {
  await ecommerceMap(alice, 'Health check');
  const health = new HealthPanel(alice.page);
  const actions = new ActionsPanel(alice.page);

  await test.step('it gives a score out of 100 and lists findings', async () => {
    await health.open();
    const score = await health.scoreValue();
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThan(100);
    await expect(health.meter).toHaveAttribute('aria-valuenow', String(score));
    await expect(health.check(/^Pain points with no action/)).toBeVisible();
  });

  await test.step('clicking a card finding selects that card on the canvas', async () => {
    // Seven pain points lack an action; the list shows five until unfolded.
    const check = health.check(/^Pain points with no action/);
    await expect(check.getByRole('listitem')).toHaveCount(5);
    await health.showAll(check);
    await expect(check.getByRole('listitem')).toHaveCount(7);
    const finding = health.finding(`Pain point “${PAIN_POINT}” in Consideration has no action`);
    await finding.click();
    await expectSelected(alice.map.card(PAIN_POINT));
    await expect(alice.map.page.locator('.react-flow__node.selected')).toHaveCount(1);
    // The panel stays open, so the next finding is one click away.
    await expect(health.root).toBeVisible();
  });

  await test.step('clicking a stage finding selects that stage', async () => {
    const finding = health.finding(/^Stage “\w+” has no KPI$/).first();
    const stage = ((await finding.textContent()) ?? '').match(/“(.+)”/)?.[1];
    if (!stage) throw new Error('a stage finding names no stage');
    await finding.click();
    await expectSelected(alice.map.stage(stage));
    await expect(alice.map.card(PAIN_POINT)).not.toHaveClass(/\bselected\b/);
  });

  await test.step('an action for the pain point clears its finding', async () => {
    await health.closeButton.click();
    await alice.map.selectCard(PAIN_POINT);
    await alice.map.cardPanel.root
      .getByRole('region', { name: 'Actions', exact: true })
      .getByRole('button', { name: 'Create action', exact: true })
      .click();
    await expect(actions.titleFields).toHaveValue(PAIN_POINT);
    await health.open();
    await health.showAll(health.check(/^Pain points with no action/));
    await expect(health.check(/^Pain points with no action/).getByRole('listitem')).toHaveCount(6);
    await expect(
      health.finding(`Pain point “${PAIN_POINT}” in Consideration has no action`),
    ).toHaveCount(0);
  });

  await test.step('an action finding opens the Actions panel, where it gets fixed', async () => {
    const ownerless = health.finding(`Action “${PAIN_POINT}” has no owner`);
    const before = await health.scoreValue();
    await ownerless.click();
    await expect(actions.root).toBeVisible();
    await actions.chooseOwner(PAIN_POINT, 'Omar Haddad');
    await health.open();
    await expect(ownerless).toHaveCount(0);
    expect(await health.scoreValue()).toBeGreaterThan(before);
  });
});
