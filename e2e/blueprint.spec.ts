import { readFile } from 'node:fs/promises';
import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { HealthPanel } from './pages/HealthPanel.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';
import { SystemsPanel } from './pages/SystemsPanel.ts';

/* Behind the journey: connections, the systems catalogue, data flows and the roadmap. */

const SCORING = 'Credit scoring engine';
const LOS = 'Loan origination system (LOS)';
const DECISION = 'Credit decision';
const NEW_FLOW = `Data flow from ${SCORING} to ${LOS}: ${DECISION}, missing`;
const FINDING = `Data flow (“${DECISION}”) from “${SCORING}” to “${LOS}” is missing; both serve Assessment`;

async function bankMap(alice: Actor, base: string): Promise<void> {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle(base), 'Bank refinancing');
  await alice.map.expectConnected();
}

/** A connection on the canvas, named as screen readers hear it. */
const line = (actor: Actor, name: string | RegExp) =>
  actor.page.locator('.react-flow__edge').and(actor.page.getByRole('img', { name }));

test('alice connects two systems and marks the flow missing; bob sees it, its finding, and the roadmap re-score; undo is alice’s own', async ({
  alice,
  bob,
}) => {
  await bankMap(alice, 'Blueprint');
  await bob.join(alice);
  const aliceSystems = new SystemsPanel(alice.page);
  const bobSystems = new SystemsPanel(bob.page);
  const connection = alice.page.getByRole('complementary', { name: 'Connection panel' });

  await test.step('the template shows its missing flow on both screens', async () => {
    for (const actor of [alice, bob]) {
      await expect(
        line(
          actor,
          `Data flow from ${LOS} to Marketing automation (CRM): Active loan status, missing`,
        ),
      ).toHaveCount(1);
    }
  });

  await test.step('alice connects the scoring engine to the LOS by keyboard: C, a card, Connect', async () => {
    await alice.map.selectCard(SCORING);
    await alice.page.keyboard.press('c');
    const to = alice.map.cardPanel.root.getByRole('combobox', { name: 'Connect to…' });
    await expect(to).toBeFocused();
    await to.selectOption({ label: `${LOS} (Systems)` });
    await alice.map.cardPanel.root
      .getByRole('combobox', { name: 'Connection kind' })
      .selectOption({ label: 'Data' });
    await alice.map.cardPanel.root
      .getByRole('button', { name: 'Connect', exact: true })
      .press('Enter');
    // The new line is selected, and its inspector opens.
    await expect(connection).toBeVisible();
    await expect(connection.getByRole('radio', { name: 'Data', exact: true })).toBeChecked();
    await expect(connection.getByRole('radio', { name: 'Automated', exact: true })).toBeChecked();
  });

  await test.step('she labels it and marks it missing', async () => {
    const label = connection.getByRole('textbox', { name: 'Label', exact: true });
    await label.fill(DECISION);
    await label.press('Enter');
    await connection.getByRole('radio', { name: 'Missing', exact: true }).click();
    await expect(line(alice, NEW_FLOW)).toHaveCount(1);
    await expect(line(alice, NEW_FLOW)).toHaveClass(/\bselected\b/);
  });

  await test.step('bob sees the red line and the Health finding, which leads to it', async () => {
    await expect(line(bob, NEW_FLOW)).toHaveCount(1);
    const health = new HealthPanel(bob.page);
    await health.open();
    const finding = health.root.getByRole('button', { name: FINDING, exact: true });
    await expect(finding).toBeVisible();
    await finding.click();
    await expect(line(bob, NEW_FLOW)).toHaveClass(/\bselected\b/);
  });

  await test.step('bob drags the scoring engine on the roadmap into "fix first"; alice sees it', async () => {
    await bobSystems.open('Roadmap');
    await expect(bobSystems.dot(SCORING, 4, 4)).toHaveAttribute('data-quadrant', 'sustain');
    await bobSystems.dragDot(SCORING, 5, 2);
    await expect(bobSystems.dot(SCORING, 5, 2)).toHaveAttribute('data-quadrant', 'fix-first');
    await aliceSystems.open('Roadmap');
    await expect(aliceSystems.dot(SCORING, 5, 2)).toHaveAttribute('data-quadrant', 'fix-first');
  });

  await test.step('and with the keyboard: one step right is one step less mature', async () => {
    await bobSystems.dot(SCORING, 5, 2).focus();
    await bob.page.keyboard.press('ArrowRight');
    await expect(bobSystems.dot(SCORING, 5, 1)).toBeFocused();
    await expect(aliceSystems.dot(SCORING, 5, 1)).toBeVisible();
  });

  await test.step('alice’s undo takes back her line, never bob’s scores', async () => {
    for (
      let i = 0;
      i < 4 && (await line(alice, /^Data flow from Credit scoring engine/).count());
      i++
    ) {
      await alice.map.undoButton.click();
    }
    for (const actor of [alice, bob]) {
      await expect(line(actor, /^Data flow from Credit scoring engine/)).toHaveCount(0);
    }
    await expect(aliceSystems.dot(SCORING, 5, 1)).toBeVisible();
    await expect(bobSystems.dot(SCORING, 5, 1)).toBeVisible();
  });
});

test('a line drawn by hand from a card’s edge; clicking the roadmap rings the cards of a system', async ({
  alice,
}) => {
  await bankMap(alice, 'Drawn');
  const from = alice.map.card('Refinancing calculator');
  const to = alice.map.card('Online application form');

  await test.step('alice drags from the grip on the calculator onto the application form', async () => {
    await from.hover();
    const grip = from.locator('.tm-anchor-grip');
    await expect(grip).toBeVisible();
    const start = (await grip.boundingBox())!;
    const end = (await to.boundingBox())!;
    await alice.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await alice.page.mouse.down();
    await alice.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
    await alice.page.mouse.up();
    await expect(
      line(alice, 'Flow from Refinancing calculator to Online application form'),
    ).toHaveCount(1);
    const panel = alice.page.getByRole('complementary', { name: 'Connection panel' });
    await expect(panel.getByRole('radio', { name: 'Flow', exact: true })).toBeChecked();
    await alice.page.keyboard.press('Delete');
    await expect(line(alice, /^Flow from Refinancing calculator/)).toHaveCount(0);
  });

  await test.step('a click on a dot of the roadmap rings the cards that rely on that system', async () => {
    const systems = new SystemsPanel(alice.page);
    await systems.open('Roadmap');
    await expect(alice.page.locator('[data-focus-ring]')).toHaveCount(0);
    await systems.clickDot('CRM–LOS integration');
    await expect(systems.dot('CRM–LOS integration')).toHaveAttribute('aria-pressed', 'true');
    const picked = systems.root.getByRole('region', { name: 'Picked system CRM–LOS integration' });
    await expect(picked.getByRole('button')).toContainText([
      'Prefill the application from CRM',
      'Send loan status from LOS to the CRM',
      'Create action',
    ]);
    await expect(alice.page.locator('[data-focus-ring]')).toHaveCount(2);
    await picked.getByRole('button', { name: 'Create action' }).click();
    await expect(alice.map.panel('Actions')).toBeVisible();
  });
});

test('screenshots at 1440×900 of the bank template: the whole map, its systems, the roadmap', async ({
  alice,
}, testInfo) => {
  await bankMap(alice, 'Screens');
  const shot = (name: string) =>
    alice.page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await expect(line(alice, /missing$/)).toHaveCount(1);
  await shot('bank-fitted');

  // Closer, on the systems behind the application: the lanes where the lines run.
  const box = (await alice.map.card(LOS).boundingBox())!;
  await alice.page.mouse.move(box.x + box.width / 2, box.y);
  for (let i = 0; i < 4; i++) await alice.page.mouse.wheel(0, -120);
  await alice.page.waitForTimeout(400);
  await shot('bank-systems');

  const systems = new SystemsPanel(alice.page);
  await systems.open('Roadmap');
  await systems.clickDot('CRM–LOS integration');
  await shot('bank-roadmap');
  await systems.open('Data flows');
  await shot('bank-flows');
});

test('exports carry connections and systems, a picture shows the lines, and an old export still imports', async ({
  alice,
}) => {
  await bankMap(alice, 'Exported');
  const dialog = alice.page.getByRole('dialog', { name: 'Export map', exact: true });
  const download = async (button: string) => {
    const started = alice.page.waitForEvent('download');
    await dialog.getByRole('button', { name: button, exact: true }).click();
    const file = await started;
    return (await readFile(await file.path())).toString('utf8');
  };
  await alice.map.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeVisible();

  const svg = await download('SVG image');
  expect(svg).toContain('MISSING · Active loan status');
  expect(svg).toContain('Web leads');

  const json = JSON.parse(await download('JSON')) as Record<string, unknown> & {
    connections: { kind: string; status: string | null; label: string }[];
    systems: { name: string }[];
    cards: Record<string, unknown>[];
    meta: Record<string, unknown>;
  };
  expect(json.connections).toHaveLength(13);
  expect(json.connections.filter((c) => c.status === 'missing').map((c) => c.label)).toEqual([
    'Active loan status',
  ]);
  expect(json.systems).toHaveLength(8);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // The same map as a client before connections would have exported it.
  const old = structuredClone(json);
  delete (old as Partial<typeof old>).connections;
  delete (old as Partial<typeof old>).systems;
  for (const card of old.cards) {
    delete card.systemId;
    delete card.reliesOn;
  }
  old.meta = { ...old.meta, title: uniqueTitle('Old export'), schemaVersion: 1 };
  await alice.home.goto();
  await alice.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const importing = alice.page.getByRole('dialog', { name: 'Import a map', exact: true });
  await importing.getByLabel('Map file (JSON)', { exact: true }).setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(old)),
  });
  const preview = importing.getByRole('region', { name: 'Preview', exact: true });
  await expect(preview.getByRole('definition')).toHaveText([
    '7',
    '7',
    '35',
    '6',
    '5',
    '0',
    '0',
    '5',
  ]);
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await alice.page.waitForURL(/\/maps\/[^/?#]+$/);
  await alice.map.expectConnected();
  // Its system cards became the catalogue; it has no lines until someone draws them.
  const systems = new SystemsPanel(alice.page);
  await systems.open('Catalogue');
  await expect(systems.root.getByRole('article')).toHaveCount(5);
  await expect(systems.system(LOS)).toBeVisible();
  await expect(alice.page.locator('.react-flow__edge')).toHaveCount(0);
});

test('versions keep the connections, and compare shows lines added and removed', async ({
  alice,
}) => {
  await bankMap(alice, 'Compared');
  const history = new HistoryPanel(alice.page);
  await history.open();
  await history.save('Before the integration work', '');
  await history.closeButton.click();

  const missing = `Data flow from ${LOS} to Marketing automation (CRM): Active loan status, missing`;
  await test.step('alice deletes the missing flow and draws a depends-on line', async () => {
    await alice.map.selectCard('Marketing automation (CRM)');
    await alice.map.cardPanel.root
      .getByRole('button', { name: `Delete connection from ${LOS}`, exact: true })
      .click();
    await expect(line(alice, missing)).toHaveCount(0);
    await alice.map.selectCard('Rate expiry letter');
    await alice.map.cardPanel.root
      .getByRole('combobox', { name: 'Connect to…' })
      .selectOption({ label: 'Marketing automation (CRM) (Systems)' });
    await alice.map.cardPanel.root
      .getByRole('combobox', { name: 'Connection kind' })
      .selectOption({ label: 'Depends on' });
    await alice.map.cardPanel.root.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(
      line(alice, 'Rate expiry letter depends on Marketing automation (CRM)'),
    ).toHaveCount(1);
  });

  await test.step('compared with the version, both show on the canvas and in the list', async () => {
    await history.open();
    const version = history.version('Before the integration work');
    await history.versionButton(version, 'Compare with now').click();
    await expect(history.changes.getByRole('heading')).toHaveText('2 changes');
    await expect(
      history.change(`Connection removed: ${LOS} → Marketing automation (CRM)`),
    ).toHaveCount(1);
    await expect(
      history.change('Connection added: Rate expiry letter → Marketing automation (CRM)'),
    ).toHaveCount(1);
    await expect(line(alice, `${missing} (change: removed)`)).toHaveCount(1);
    await expect(
      line(alice, 'Rate expiry letter depends on Marketing automation (CRM) (change: added)'),
    ).toHaveCount(1);
    await history.backToNow.click();
    await expect(line(alice, missing)).toHaveCount(0);
  });
});
