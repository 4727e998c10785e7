import { readFile } from 'node:fs/promises';
import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

/*
 * A map too big to draw whole: only what is on screen is in the page, yet the arrow keys
 * reach every card and a picture of the whole map holds them all.
 */

const STAGES = ['Discover', 'Decide', 'Use'];
const LANES = [
  { id: 'l1', name: 'Touchpoints', kind: 'touchpoints', card: 'touchpoint' },
  { id: 'l2', name: 'Pain points', kind: 'painpoints', card: 'painpoint' },
];
// 3 stages × 2 lanes × 60 = 360 cards, above the 200 from which the canvas draws only the view.
const PER_CELL = 60;
const CARDS = STAGES.length * LANES.length * PER_CELL;

function largeMap(title: string) {
  return {
    meta: { title },
    stages: STAGES.map((name, s) => ({ id: `s${s}`, name })),
    lanes: LANES.map(({ id, name, kind }) => ({ id, name, kind })),
    cards: STAGES.flatMap((stage, s) =>
      LANES.flatMap((lane) =>
        Array.from({ length: PER_CELL }, (_, i) => ({
          id: `c${s}${lane.id}n${i}`,
          stageId: `s${s}`,
          laneId: lane.id,
          kind: lane.card,
          title: `${stage} ${lane.name} ${i + 1}`,
        })),
      ),
    ),
  };
}

async function importLargeMap(actor: Actor, title: string): Promise<void> {
  await actor.home.goto();
  await actor.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = actor.page.getByRole('dialog', { name: 'Import a map', exact: true });
  await dialog.getByLabel('Map file (JSON)', { exact: true }).setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(largeMap(title))),
  });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await actor.page.waitForURL(/\/maps\/[^/?#]+$/);
  await actor.map.expectConnected();
}

test('a large map draws what is on screen; arrows and pictures still reach every card', async ({
  alice,
}) => {
  const title = uniqueTitle('Large map');
  await importLargeMap(alice, title);
  const { map, page } = alice;
  const drawn = page.locator('.react-flow__node-card');

  // The view opens at the first stage at a readable zoom: the touchpoints at the top, the
  // pain points far below.
  await test.step('cards off screen are not in the page', async () => {
    await expect(map.card('Discover Touchpoints 1')).toBeVisible();
    await expect.poll(() => drawn.count()).toBeLessThan(CARDS);
    await expect(map.card('Discover Pain points 1')).toHaveCount(0);
  });

  await test.step('the arrow keys walk down to a card off screen, which comes into view', async () => {
    // Seven cards of a cell fit the screen at the opening zoom; the 16th is not in the page.
    await expect(map.card('Discover Touchpoints 16')).toHaveCount(0);
    await map.selectCard('Discover Touchpoints 1');
    for (let i = 1; i < 16; i++) await page.keyboard.press('ArrowDown');
    await map.cardPanel.expectCard('Discover Touchpoints 16');
    await expect(map.card('Discover Touchpoints 16')).toBeInViewport({ ratio: 0.99 });
    await expect(map.card('Discover Touchpoints 16')).toHaveClass(/\bselected\b/);
  });

  await test.step('a picture of the whole map holds every card, in full', async () => {
    await page.keyboard.press('Escape');
    await map.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export map', exact: true });
    const area = dialog.getByRole('radiogroup', { name: 'Area', exact: true });
    await expect(area.getByRole('radio', { name: 'Whole map', exact: true })).toBeChecked();
    const started = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'SVG image', exact: true }).click();
    const svg = await readFile(await (await started).path(), 'utf8');
    // Drawn from the document, not the screen: one card-title text per card.
    expect(svg.match(/<text[^>]*data-role="card"/g)).toHaveLength(CARDS);
    expect(svg).toContain('Use Pain points 60');
    // Cards drawn as sketches (far out) never reach the picture.
    expect(svg).not.toContain('data-sketch');
    await expect.poll(() => drawn.count()).toBeLessThan(CARDS);
  });
});
