import { expect, test, uniqueTitle } from './fixtures.ts';
import { HealthPanel } from './pages/HealthPanel.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';
import { E2E_KEY } from './workspace.ts';

/* Live KPIs people notice: a value a pipeline pushes flashes and says where it came from. */

const KPI = 'Checkout abandonment';
const CARD = 'Checkout';

test('a KPI pushed through the API flashes and shows its source for everyone; an out-of-range value is refused', async ({
  alice,
  bob,
  request,
}, testInfo) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Live KPIs'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  await bob.join(alice);
  const mapId = alice.map.id;

  const panel = alice.page.getByRole('complementary', { name: 'KPIs panel', exact: true });
  const editor = panel.getByRole('group', { name: `KPI ${KPI}`, exact: true });
  let kpiId = '';

  await test.step('alice finds the KPI id and a curl command in the KPIs panel', async () => {
    await alice.page
      .getByRole('toolbar', { name: 'Map tools' })
      .getByRole('button', { name: 'KPIs', exact: true })
      .click();
    await editor.getByText('Push from a pipeline', { exact: true }).click();
    kpiId = (await editor.locator('code').textContent())?.trim() ?? '';
    expect(kpiId).toMatch(/^\S+$/);
    await expect(
      editor.getByLabel(`curl command that pushes a value of ${KPI}`, { exact: true }),
    ).toContainText(`/api/maps/${mapId}/kpis/${kpiId}/current`);
    await expect(
      editor.getByRole('button', { name: `Copy the curl command for ${KPI}`, exact: true }),
    ).toBeVisible();
  });

  const push = (value: number) =>
    request.put(`/api/maps/${mapId}/kpis/${kpiId}/current`, {
      headers: { Authorization: `Bearer ${E2E_KEY}` },
      data: { value },
    });

  await test.step('a value below 0 % is refused with a clear message, and nothing shows', async () => {
    const refused = await push(-5);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toEqual({
      error: `-5 is outside the valid range of KPI “${KPI}”: 0 to 100 %.`,
    });
    await expect(bob.map.cardKpi(CARD, KPI)).toHaveAccessibleName(/: 64%/);
  });

  await test.step('a pushed value flashes on bob’s chip and in alice’s panel, saying it came from the API', async () => {
    expect((await push(58)).status()).toBe(200);
    const chip = bob.map.cardKpi(CARD, KPI);
    const updated = editor.getByText(/^Updated .+ · API$/);
    // The flash lasts a few seconds: look at both pages at once.
    await Promise.all([
      expect(chip).toHaveAttribute('data-flash', 'true'),
      expect(updated).toHaveAttribute('data-flash', 'true'),
    ]);
    // Pictures while it flashes: bob's map, alice's panel, then bob's card up close.
    await bob.page.screenshot({ path: testInfo.outputPath('flashing-KPI-chip.png') });
    await alice.page.screenshot({ path: testInfo.outputPath('KPIs-panel-after-a-push.png') });
    const box = (await bob.map.card(CARD).boundingBox())!;
    await bob.page.screenshot({
      path: testInfo.outputPath('flashing-KPI-chip-close.png'),
      clip: { x: box.x - 40, y: box.y - 40, width: box.width + 80, height: box.height + 60 },
    });
    await expect(chip).toHaveAccessibleName(/: 58% \(target 55%\), off target, updated .+ · API$/);
    await expect(chip).toContainText(/(just now|\d+ min ago) · API/);
  });

  await test.step('alice’s KPIs panel lists the pushed point with its source', async () => {
    await editor.getByText(/^Values \(\d+\)$/).click();
    const newest = editor.getByRole('row').nth(1);
    await expect(newest).toContainText('58%');
    await expect(newest).toContainText('API');
  });

  await test.step('alice removes the pushed point: the value before it is current again for bob', async () => {
    await editor
      .getByRole('button', { name: new RegExp(`^Remove value 58% of .+ from ${KPI}$`) })
      .click();
    await expect(bob.map.cardKpi(CARD, KPI)).toHaveAccessibleName(/: 64% \(target 55%\)/);
  });
});

test('the Health panel explains the score of a blank map and what moved it since a version', async ({
  alice,
}, testInfo) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Empty map'), 'Blank map');
  await alice.map.expectConnected();
  const history = new HistoryPanel(alice.page);
  await history.open();
  await history.save('Empty start', 'Nothing on it yet');

  const health = new HealthPanel(alice.page);
  await health.open();
  // Worked out in src/health/score.test.ts: an empty map ends below every starter template.
  expect(await health.scoreValue()).toBe(21);
  await expect(health.root.getByText('100 − 20 − 16 − 15 − 12 − 8 − 8 = 21')).toBeVisible();
  await expect(
    health.root.getByRole('row', { name: /Stages without cards 3 −20 of 20/ }),
  ).toBeVisible();
  const compare = health.root.getByRole('combobox', { name: 'Compare with', exact: true });
  await expect(compare).toContainText('Empty start');
  await expect(health.root.getByText('Then 21, now 21: no check has moved.')).toBeVisible();
  await alice.page.screenshot({ path: testInfo.outputPath('health-panel-explanation.png') });

  await test.step('a first touchpoint moves the score, and the panel says which checks moved it', async () => {
    await alice.map.addCard('Discover', 'Touchpoints', 'Sees an ad');
    const since = health.root.getByRole('region', { name: 'Since the last version' });
    const moves = since.getByRole('listitem');
    await expect(moves.filter({ hasText: 'Customer lanes without cards' })).toHaveText(
      '+8 points: Customer lanes without cards (1 finding, was 2)',
    );
    await expect(moves.filter({ hasText: 'Stages without cards' })).toHaveText(
      '+4 points: Stages without cards (2 findings, was 3)',
    );
    await health.root
      .getByRole('heading', { name: 'Since the last version' })
      .scrollIntoViewIfNeeded();
    await alice.page.screenshot({ path: testInfo.outputPath('health-panel-since.png') });
  });
});
