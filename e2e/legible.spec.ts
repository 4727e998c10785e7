import { expect, test, uniqueTitle } from './fixtures.ts';
import type { TemplateName } from './pages/HomePage.ts';
import { Legibility } from './pages/Legibility.ts';
import { Workshop } from './pages/Workshop.ts';

/*
 * What a reader sees, measured on the rendered page at 1440×900: card titles at a readable
 * size when a map opens, and large when a stage is presented.
 */

const TEMPLATES: TemplateName[] = [
  'E-commerce first purchase',
  'SaaS onboarding',
  'Support issue resolution',
  'Bank refinancing',
];

for (const template of TEMPLATES) {
  test(`${template}: card titles are readable when the map opens`, async ({ alice }) => {
    await alice.home.goto();
    await alice.home.createMap(uniqueTitle(template), template);
    await alice.map.expectConnected();
    const seen = new Legibility(alice.page);
    await expect.poll(async () => (await seen.titleSizes()).count).toBeGreaterThan(3);
    // The opening view settles over a frame or two.
    await expect
      .poll(async () => (await seen.titleSizes()).medianLinePx)
      .toBeGreaterThanOrEqual(12);
    const sizes = await seen.titleSizes();
    console.log(`${template} at open: ${JSON.stringify(sizes)}`);
    expect(sizes.medianFontPx).toBeGreaterThanOrEqual(12);
  });
}

test('presenting frames the stage with large titles (stages 1 and 3)', async ({ alice, bob }) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Present frame'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  await bob.join(alice);
  const facilitator = new Workshop(alice.page);
  await facilitator.present(6, 'Awareness');
  for (const [step, stage] of [
    [0, 'Awareness'],
    [2, 'Purchase'],
  ] as const) {
    if (step > 0) {
      await facilitator.nextStage.click();
      await facilitator.nextStage.click();
    }
    for (const actor of [alice, bob]) {
      const seen = new Legibility(actor.page);
      await expect
        .poll(async () => (await seen.titleSizes(stage)).medianFontPx)
        .toBeGreaterThanOrEqual(16);
      const canvas = await seen.canvasBox();
      // Settled: the camera's flight has ended.
      await expect
        .poll(async () => {
          const box = await seen.stageBox(stage);
          return box.width >= 0.6 * canvas.width || box.height >= 0.7 * canvas.height;
        })
        .toBe(true);
      const box = await seen.stageBox(stage);
      const sizes = await seen.titleSizes(stage);
      console.log(
        `${actor.name} presenting ${stage}: title ${sizes.medianFontPx.toFixed(1)} px font, ` +
          `${sizes.medianLinePx.toFixed(1)} px line; stage ${Math.round(box.width)}×${Math.round(box.height)} ` +
          `in canvas ${Math.round(canvas.width)}×${Math.round(canvas.height)}`,
      );
    }
  }
});

test('the inspector docks beside the canvas: the selected card stays in view, uncovered', async ({
  alice,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Docked'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  // A card at the right edge of the first view, where an overlaid panel used to cover it.
  await alice.map.selectCard('Tracking page');
  const panel = alice.map.cardPanel.root;
  await expect(panel).toBeVisible();
  await expect(alice.map.card('Tracking page')).toBeInViewport({ ratio: 0.99 });
  await expect
    .poll(async () => {
      const card = await alice.map.card('Tracking page').boundingBox();
      const inspector = await panel.boundingBox();
      if (!card || !inspector) return 'not drawn';
      return card.x + card.width <= inspector.x ? 'apart' : 'overlapping';
    })
    .toBe('apart');
});
