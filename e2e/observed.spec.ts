import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

/* Observed journeys: an event log imported by one person is drawn for everyone. */

const panel = (actor: Actor) =>
  actor.page.getByRole('complementary', { name: 'Observed journeys panel' });

/** A small ticket log in the template's activities: 30 cases, 6 of them put on hold. */
function ticketLog(): string {
  const rows = ['case_id,activity,timestamp'];
  for (let i = 0; i < 30; i++) {
    const day = `2024-03-${String((i % 28) + 1).padStart(2, '0')}`;
    const steps = ['Assign seriousness', 'Take in charge ticket'];
    if (i % 5 === 0) steps.push('Wait');
    steps.push('Resolve ticket', 'Closed');
    steps.forEach((step, h) =>
      rows.push(`T${i},${step},${day}T${String(8 + h).padStart(2, '0')}:00:00Z`),
    );
  }
  return rows.join('\n') + '\n';
}

async function openObserved(actor: Actor) {
  await actor.map.toolbar.getByRole('button', { name: 'Observed', exact: true }).click();
  await expect(panel(actor)).toBeVisible();
}

test('the observed template shows the sample log; an imported log reaches a colleague; a malformed one stores nothing', async ({
  alice,
  bob,
}) => {
  await alice.page.setViewportSize({ width: 1440, height: 900 });
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Tickets'), 'Support ticket (observed)');
  await alice.map.expectConnected();

  await test.step('the template comes with the Helpdesk sample drawn over it', async () => {
    const observed = alice.page.getByRole('group', { name: 'Observed journeys' });
    await expect(observed).toContainText('4,580 cases');
    // 4,559 of the log's 4,580 cases reach "Closed" (counted from the log by hand).
    await expect(alice.page.getByRole('img', { name: /^Closed: 4,559 cases/ })).toBeVisible();
    await expect(alice.page.getByRole('img', { name: /^Wait: 1,236 cases/ })).toBeVisible();
    await alice.page.screenshot({ path: 'test-results/observed-template.png' });
  });

  await test.step('alice imports a CSV log; it becomes the set the map shows', async () => {
    await openObserved(alice);
    await panel(alice)
      .getByLabel('Event log file')
      .setInputFiles({
        name: 'march.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(ticketLog()),
      });
    await expect(panel(alice).getByRole('combobox', { name: /Case id/ })).toHaveValue('case_id');
    await panel(alice).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      alice.page.getByRole('img', { name: /^Closed: 30 cases, 100% of all/ }),
    ).toBeVisible();
    await expect(alice.page.getByRole('img', { name: /^Wait: 6 cases, 20% of all/ })).toBeVisible();
    await expect(
      panel(alice).getByRole('list', { name: 'Observation sets' }).getByRole('listitem'),
    ).toHaveCount(2);
  });

  await test.step('bob opens the map and sees the same overlay without importing', async () => {
    await bob.join(alice);
    await bob.map.expectConnected();
    await expect(
      bob.page.getByRole('img', { name: /^Closed: 30 cases, 100% of all/ }),
    ).toBeVisible();
    await expect(bob.page.getByRole('group', { name: 'Observed journeys' })).toContainText('march');
  });

  await test.step('a malformed file shows what is wrong and stores nothing', async () => {
    await panel(alice)
      .getByLabel('Event log file')
      .setInputFiles({
        name: 'broken.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('ticket,step\nT1,Closed\n'),
      });
    await panel(alice)
      .getByRole('combobox', { name: /Case id/ })
      .selectOption('ticket');
    await panel(alice)
      .getByRole('combobox', { name: /^Activity/ })
      .selectOption('step');
    await panel(alice)
      .getByRole('combobox', { name: /^Timestamp/ })
      .selectOption('step');
    await panel(alice).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(panel(alice).getByRole('alert')).toContainText(
      'No event has a parsable timestamp (line 2',
    );
    await openObserved(bob);
    await expect(
      panel(bob).getByRole('list', { name: 'Observation sets' }).getByRole('listitem'),
    ).toHaveCount(2);
  });
});
