import { expect, test, uniqueTitle } from './fixtures.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';

// Cards of the "E-commerce first purchase" template this test changes.
const MOVED = { title: 'Instagram ad', to: 'Consideration', lane: 'Touchpoints' };
const FELT = 'Sees a social ad for a product'; // First-time buyer: Positive

test('compare marks a moved card where it was, with an arrow, and a changed score on the curve', async ({
  alice,
}) => {
  const history = new HistoryPanel(alice.page);
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Compare moves'), 'E-commerce first purchase');
  await alice.map.expectConnected();

  await test.step('alice moves a card to the next stage and changes a score', async () => {
    await alice.map.dragCard(MOVED.title, MOVED.to, MOVED.lane);
    await alice.map.expectCardInCell(MOVED.title, MOVED.to, MOVED.lane);
    await alice.map.setEmotion(FELT, 'Very negative');
  });

  await test.step('"Compare with now" on "Map created"', async () => {
    await history.open();
    const created = history.versionWithText('Map created');
    await history.versionButton(created, 'Compare with now').click();
    await expect(history.changes).toBeVisible();
    await expect(history.change(`Card ${MOVED.title}`)).toHaveCount(1);
  });

  await test.step('the moved card is marked where it is and, as a ghost, where it was', async () => {
    const page = alice.page;
    await expect(
      alice.map.card(MOVED.title).getByRole('img', { name: 'Change: Moved', exact: true }),
    ).toBeVisible();
    const ghost = page.getByRole('group', { name: `Where card ${MOVED.title} was`, exact: true });
    await expect(ghost).toHaveCount(1);
    await expect(ghost.getByRole('img', { name: 'Change: Was here', exact: true })).toBeVisible();
    const arrow = page
      .locator('.react-flow__edge')
      .and(page.getByRole('img', { name: `Card ${MOVED.title} moved from here` }));
    await expect(arrow).toHaveCount(1);
    await expect(arrow.getByTestId('move-arrow')).toHaveCount(1);
    await page.screenshot({ path: test.info().outputPath('compare-ghost.png') });
  });

  await test.step('the changed score keeps its old point on the curve', async () => {
    const change = alice.page.getByRole('img', {
      name: `Emotion changed: First-time buyer at ${FELT}: Positive → Very negative`,
      exact: true,
    });
    await expect(change).toHaveCount(1);
    await expect(change.getByTestId('emotion-before')).toHaveCount(1);
  });

  await test.step('zoomed out, the badges still read at 11 px or more', async () => {
    await alice.map.fitWholeMapButton.click();
    const badge = alice.page.getByRole('img', { name: 'Change: Was here', exact: true });
    await expect(badge).toBeVisible();
    await expect
      .poll(() =>
        badge.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const own = parseFloat(getComputedStyle(el).height);
          return (parseFloat(getComputedStyle(el).fontSize) * box.height) / own;
        }),
      )
      .toBeGreaterThanOrEqual(10.9);
    await alice.page.screenshot({ path: test.info().outputPath('compare-fit.png') });
  });
});
