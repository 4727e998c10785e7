import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { CanvasCamera } from './pages/CanvasCamera.ts';
import { cardTitle, expectConnected, importBigMap, joinBigMap, stageName } from './bigMaps.ts';

/*
 * Finding one's way on a big map: any map fits (stage names drawn large when cards are too
 * small to read), it opens at its first stage, the headers stay on screen, search counts and
 * jumps, and each person may fold stages away for themselves.
 */

const LONG = { stages: 63, perCell: 1 }; // 315 cards, as the bank template stretched out

const shot = (actor: Actor, name: string) =>
  actor.page.screenshot({ path: test.info().outputPath(`${name}.png`) });

test('a 63-stage map opens at stage 1, fits with readable stage names, folds per person', async ({
  alice,
  bob,
}) => {
  await importBigMap(alice, uniqueTitle('Long journey'), LONG);
  const { page, map } = alice;
  const camera = new CanvasCamera(page);

  await test.step('it opens at its first stage and lanes, at a readable zoom', async () => {
    await expect(page.getByRole('group', { name: 'Stage Stage 1', exact: true })).toBeInViewport();
    await expect(page.getByRole('group', { name: 'Lane Actions', exact: true })).toBeInViewport();
    expect((await camera.settledTransform()).zoom).toBeGreaterThanOrEqual(0.8);
  });

  await test.step('"Fit whole map" fits it; every stage name reads at 12 px or more', async () => {
    await map.fitWholeMapButton.click();
    expect((await camera.settledTransform()).zoom).toBeLessThan(0.15);
    const canvas = (await camera.canvas.boundingBox())!;
    const outline = page.getByRole('group', { name: 'Map outline', exact: true });
    await expect(outline.getByText(`1. ${stageName(0)}`, { exact: true })).toBeVisible();
    for (let s = 0; s < LONG.stages; s++) {
      const label = outline.getByText(`${s + 1}. ${stageName(s)}`, { exact: true });
      const box = await label.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      // Vertical text: its thickness is the line, so the smaller side is the letters' size.
      expect(Math.min(box.width, box.height), `stage ${s + 1} size`).toBeGreaterThanOrEqual(12);
      expect(box.left, `stage ${s + 1} left`).toBeGreaterThanOrEqual(canvas.x);
      expect(box.right, `stage ${s + 1} right`).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.top, `stage ${s + 1} top`).toBeGreaterThanOrEqual(canvas.y);
    }
    // One card in every card cell: 63 × 5 counts of "1".
    await expect(outline.getByText('1', { exact: true })).toHaveCount(LONG.stages * 5);
    await shot(alice, 'fitted-63-stages');
  });

  await test.step('folding a stage hides its cards for that person only', async () => {
    await joinBigMap(bob, alice);
    await page.keyboard.press('Escape');
    await page.reload();
    await expectConnected(alice);
    const card = cardTitle(1, 0, 0);
    await expect(map.card(card)).toBeVisible();
    await page.getByRole('button', { name: `Fold stage ${stageName(1)}`, exact: true }).click();
    await expect(map.card(card)).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: `Unfold stage ${stageName(1)}`, exact: true }),
    ).toBeVisible();
    // Stage 3 moved left into the room stage 2 left.
    await expect(map.card(cardTitle(2, 0, 0))).toBeInViewport();
    await expect(bob.map.card(card)).toBeVisible();
    // It stays folded on this browser, not in the document.
    await page.reload();
    await expectConnected(alice);
    await expect(map.card(cardTitle(0, 0, 0))).toBeVisible();
    await expect(map.card(card)).toHaveCount(0);
    await page.getByRole('button', { name: `Unfold stage ${stageName(1)}`, exact: true }).click();
    await expect(map.card(card)).toBeVisible();
  });
});

test('stage headers and lane labels stay on screen while panning', async ({ alice }) => {
  await importBigMap(alice, uniqueTitle('Long journey'), LONG);
  const { page, map } = alice;
  const camera = new CanvasCamera(page);
  const stages = page.getByRole('group', { name: 'Stage headers', exact: true });
  const lanes = page.getByRole('group', { name: 'Lane labels', exact: true });
  // At the opening view the map's own headers are on screen.
  await camera.settledTransform();
  await expect(stages).toBeHidden();
  await expect(lanes).toBeHidden();
  await page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  expect((await camera.settledTransform()).zoom).toBeCloseTo(1, 1);

  // Drag the canvas (from an empty part of a cell) up and to the left.
  const cell = (await map.cell(stageName(1), 'Thoughts').boundingBox())!;
  await page.mouse.move(cell.x + 20, cell.y + cell.height - 10);
  await page.mouse.down();
  await page.mouse.move(cell.x - 700, cell.y - 400, { steps: 12 });
  await page.mouse.up();
  const t = await camera.settledTransform();
  expect(t.x).toBeLessThan(-300);
  expect(t.y).toBeLessThan(-200);
  await expect(
    page.getByRole('group', { name: 'Stage Stage 4', exact: true }),
  ).not.toBeInViewport();

  await expect(stages).toBeVisible();
  await expect(lanes).toBeVisible();
  const stage5 = stages.getByText(`5. ${stageName(4)}`, { exact: true });
  await expect(stage5).toBeInViewport();
  // The sticky name sits above its own column.
  const column = (await map.cell(stageName(4), 'Pain points').boundingBox())!;
  const label = (await stage5.boundingBox())!;
  expect(label.x).toBeGreaterThanOrEqual(column.x - 1);
  expect(label.x).toBeLessThan(column.x + column.width);
  await expect(lanes.getByText('Pain points', { exact: true })).toBeInViewport();
  await shot(alice, 'sticky-headers-panned');

  // The overview takes the long map's shape (wide, not a strip) and a click there goes there.
  const overview = page.getByRole('img', { name: 'Map overview', exact: true });
  const picture = (await overview.boundingBox())!;
  expect(picture.height).toBeGreaterThanOrEqual(60);
  expect(picture.width).toBeGreaterThan(2 * picture.height);
  await overview.click({ position: { x: picture.width - 8, y: picture.height / 2 } });
  await expect(map.card(cardTitle(62, 2, 0))).toBeInViewport();
  await expect(stages.getByText(`63. ${stageName(62)}`, { exact: true })).toBeInViewport();
});

// 50 stages × 5 lanes × 8 cards = 2,000 cards; three to find, one of them at the far end.
const HUGE = {
  stages: 50,
  perCell: 8,
  special: { '2/1/0': 'Needle near', '30/2/4': 'Needle middle', '49/4/7': 'Needle far' },
};

test('on a 2,000-card map search jumps to a far card; edit, drag, undo and co-editing work', async ({
  alice,
  bob,
}) => {
  test.setTimeout(240_000);
  await importBigMap(alice, uniqueTitle('Huge journey'), HUGE);
  await joinBigMap(bob, alice);
  const { page, map } = alice;
  const status = page.getByRole('status', { name: 'Search matches', exact: true });

  await test.step('the search counts matches; Enter and Shift+Enter walk them', async () => {
    await expect(map.card('Needle far')).toHaveCount(0);
    await map.searchBox.fill('needle');
    await expect(status).toHaveText('3 matches');
    await map.searchBox.press('Enter');
    await expect(status).toHaveText('1 of 3');
    await expect(map.card('Needle near')).toBeInViewport();
    await map.searchBox.press('Enter');
    await map.searchBox.press('Enter');
    await expect(status).toHaveText('3 of 3');
    await expect(map.card('Needle far')).toBeInViewport();
    await expect(map.card('Needle far')).toHaveClass(/\bselected\b/);
    await map.searchBox.press('Shift+Enter');
    await expect(status).toHaveText('2 of 3');
    await expect(map.card('Needle middle')).toBeInViewport();
    await map.searchBox.press('Enter');
    await expect(status).toHaveText('3 of 3');
    await map.cardPanel.expectCard('Needle far');
    await shot(alice, 'search-count');
  });

  await test.step('the far card is edited, and a colleague sees it live', async () => {
    await map.cardPanel.rename('Needle far, found');
    await expect(map.card('Needle far, found')).toBeVisible();
    await bob.map.searchBox.fill('found');
    await expect(bob.page.getByRole('status', { name: 'Search matches' })).toHaveText('1 match');
    await bob.map.searchBox.press('Enter');
    await expect(bob.map.card('Needle far, found')).toBeInViewport();
  });

  await test.step('dragged to the next cell, it moves for both; undo brings it back', async () => {
    const title = 'Needle far, found';
    await map.searchBox.fill('');
    const card = (await map.card(title).boundingBox())!;
    const cell = (await map.cell(stageName(48), 'Backstage').boundingBox())!;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width / 2 + 5, card.y + card.height / 2 + 5, { steps: 2 });
    await page.mouse.move(cell.x + cell.width / 2, card.y + card.height / 2, { steps: 20 });
    await page.mouse.up();
    await map.expectCardInCell(title, stageName(48), 'Backstage');
    await bob.map.expectCardInCell(title, stageName(48), 'Backstage');
    await map.undoButton.click();
    await map.expectCardInCell(title, stageName(49), 'Backstage');
    await bob.map.expectCardInCell(title, stageName(49), 'Backstage');
  });
});

test('phases group stages for everyone: started from a stage header, renamed, widened, deleted', async ({
  alice,
  bob,
}) => {
  await importBigMap(alice, uniqueTitle('Phased journey'), { stages: 6, perCell: 1 });
  await joinBigMap(bob, alice);
  const { page } = alice;
  const phases = (actor: typeof alice) =>
    actor.page.getByRole('group', { name: 'Phases', exact: true });

  await page.getByRole('button', { name: `Start a phase at ${stageName(1)}`, exact: true }).click();
  await page.getByRole('button', { name: 'Rename phase New phase', exact: true }).click();
  const input = page.getByRole('textbox', { name: 'Phase name', exact: true });
  await input.fill('Buy');
  await input.press('Enter');
  await page.getByRole('button', { name: 'Widen phase Buy', exact: true }).click();
  await page.getByRole('button', { name: 'Widen phase Buy', exact: true }).click();
  // Stages 2–4 now belong to it: their headers cannot start another.
  await expect(
    page.getByRole('button', { name: `${stageName(3)} is in phase Buy`, exact: true }),
  ).toBeDisabled();

  // It spans stages 2 to 4 on the colleague's screen too.
  const chip = phases(bob).getByText('Buy', { exact: true });
  await expect(chip).toBeVisible();
  const box = (await chip.locator('..').boundingBox())!;
  const from = (await bob.map.cell(stageName(1), 'Actions').boundingBox())!;
  const to = (await bob.map.cell(stageName(3), 'Actions').boundingBox())!;
  expect(Math.abs(box.x - from.x)).toBeLessThan(6);
  expect(Math.abs(box.x + box.width - (to.x + to.width))).toBeLessThan(6);
  await shot(alice, 'phases');

  await page.getByRole('button', { name: 'Delete phase Buy', exact: true }).click();
  await expect(phases(bob)).toHaveCount(0);
  // Undo brings it back, for both.
  await alice.map.undoButton.click();
  await expect(phases(bob).getByText('Buy', { exact: true })).toBeVisible();
});
