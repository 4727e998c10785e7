import { expect, test, uniqueTitle } from './fixtures.ts';
import { PresenceBar } from './pages/PresenceBar.ts';

const CARD = 'Pricing page';

test('colleagues see each other’s selection and cursor, and can follow a view', async ({
  alice,
  bob,
}) => {
  const presence = { alice: new PresenceBar(alice.page), bob: new PresenceBar(bob.page) };
  let bobName = '';

  await test.step('alice opens a map with a card; bob joins', async () => {
    await alice.home.goto();
    await alice.home.createMap(uniqueTitle('Presence'));
    await alice.map.expectConnected();
    await alice.map.addCard('Discover', 'Touchpoints', CARD);
    await bob.join(alice);
    await expect(bob.map.card(CARD)).toBeVisible();
  });

  await test.step('alice’s top bar lists bob, with a button to follow him', async () => {
    await expect(presence.alice.people).toBeVisible();
    bobName = await presence.alice.onlyPeerName();
    expect(bobName).toMatch(/\S/);
    await expect(presence.alice.followButton(bobName)).toHaveAttribute('aria-pressed', 'false');
    // And bob's bar lists alice, not himself.
    await expect(presence.bob.followButtons).toHaveCount(1);
  });

  await test.step('bob selects the card: alice sees it outlined in his colour, tagged', async () => {
    await bob.map.card(CARD).click();
    const tag = presence.alice.selectionTag(alice.map.card(CARD), bobName);
    await expect(tag).toBeVisible();
    const avatarColour = await presence.alice
      .followButton(bobName)
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(tag).toHaveCSS('background-color', avatarColour);
    // The frame around the card is the tag's parent: a ring in the same colour.
    await expect(tag.locator('..')).toHaveCSS('box-shadow', new RegExp(escapeRegExp(avatarColour)));
  });

  await test.step('bob selects a stage instead: the outline moves with him', async () => {
    await bob.map.stage('Decide').click();
    await expect(presence.alice.selectionTag(alice.map.stage('Decide'), bobName)).toBeVisible();
    await expect(presence.alice.selectionTag(alice.map.card(CARD), bobName)).toHaveCount(0);
  });

  await test.step('bob points at the card: alice sees his cursor on the same card', async () => {
    const card = await bob.map.card(CARD).boundingBox();
    if (!card) throw new Error('the card is not on bob’s screen');
    await bob.page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 5 });
    const cursor = presence.alice.cursor(bobName);
    await expect(cursor).toBeVisible();
    // One name tag per colleague: his selection's outline has it, so the cursor does not.
    await expect(presence.alice.overlay.getByText(bobName, { exact: true })).toHaveCount(0);
    // Canvas coordinates: the pointer's tip lies on alice's copy of the card too.
    await expect
      .poll(async () => {
        const tip = await cursor.locator('..').boundingBox();
        const mine = await alice.map.card(CARD).boundingBox();
        if (!tip || !mine) return false;
        return (
          tip.x >= mine.x &&
          tip.x <= mine.x + mine.width &&
          tip.y >= mine.y &&
          tip.y <= mine.y + mine.height
        );
      }, 'bob’s cursor tip inside the card on alice’s screen')
      .toBe(true);
  });

  await test.step('alice follows bob: a banner says so', async () => {
    await presence.alice.followButton(bobName).click();
    await expect(presence.alice.stopFollowingButton(bobName)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(presence.alice.banner(bobName)).toBeVisible();
    await expect(presence.alice.bannerStopButton(bobName)).toBeVisible();
  });

  await test.step('bob zooms with the wheel: alice’s view goes where his goes', async () => {
    const aliceBefore = await presence.alice.settledTransform();
    const bobBefore = await presence.bob.settledTransform();
    await presence.bob.wheel(-400);
    await expect.poll(() => presence.bob.transform()).not.toBe(bobBefore);
    const bobView = parseTransform(await presence.bob.settledTransform());
    await expect.poll(() => presence.alice.transform()).not.toBe(aliceBefore);
    // Same window size, same centre and zoom: the two views end up the same.
    await expect
      .poll(
        async () => {
          const view = parseTransform(await presence.alice.transform());
          return (
            Math.abs(view.x - bobView.x) < 2 &&
            Math.abs(view.y - bobView.y) < 2 &&
            Math.abs(view.zoom - bobView.zoom) < 0.01
          );
        },
        `alice’s view matches bob’s ${JSON.stringify(bobView)}`,
      )
      .toBe(true);
    await expect(presence.alice.banner(bobName)).toBeVisible();
  });

  await test.step('alice zooms herself: following stops', async () => {
    await presence.alice.wheel(300);
    await expect(presence.alice.banner(bobName)).toBeHidden();
    await expect(presence.alice.followButton(bobName)).toHaveAttribute('aria-pressed', 'false');
  });

  await test.step('bob’s next move no longer moves alice’s view', async () => {
    const aliceNow = await presence.alice.settledTransform();
    const tipOf = async () => {
      const box = await presence.alice.cursor(bobName).locator('..').boundingBox();
      return box ? `${Math.round(box.x)},${Math.round(box.y)}` : 'none';
    };
    const tipBefore = await tipOf();
    await presence.bob.wheel(-300);
    // Then he moves his pointer. His pointer update travels after his view update, so once
    // alice sees the pointer move she has received the view too.
    await presence.bob.movePointer(120, 80);
    await expect.poll(tipOf, 'bob’s cursor moves on alice’s screen').not.toBe(tipBefore);
    await expect.poll(tipOf).not.toBe('none');
    expect(await presence.alice.transform()).toBe(aliceNow);
  });
});

/** "translate(12px, 34px) scale(0.8)" → { x: 12, y: 34, zoom: 0.8 } */
function parseTransform(transform: string): { x: number; y: number; zoom: number } {
  const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(transform);
  if (!match) throw new Error(`unexpected viewport transform "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
