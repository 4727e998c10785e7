import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';
import { seriousViolations } from './pages/Accessibility.ts';
import { CommentsPanel } from './pages/CommentsPanel.ts';
import { HealthPanel } from './pages/HealthPanel.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';
import { Workshop } from './pages/Workshop.ts';

/*
 * Accessibility measured by a rule set the project did not write: axe-core's WCAG 2.1 A and
 * AA rules on the main screens, none of which may have a serious or critical violation.
 */

async function expectNoSeriousViolations(actor: Actor, screen: string): Promise<void> {
  // Transitions (panels, the camera) end before the page is judged.
  await actor.page.waitForTimeout(400);
  const found = await seriousViolations(actor.page);
  const report = found.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`);
  expect.soft(report, `${screen}: serious or critical axe violations`).toEqual([]);
}

test('the main screens have no serious or critical accessibility violation', async ({
  alice,
  newGuest,
}) => {
  test.setTimeout(120_000);
  const title = uniqueTitle('Accessible');
  await test.step('home', async () => {
    await alice.home.goto();
    await expectNoSeriousViolations(alice, 'home');
  });

  await test.step('the editor, with and without a selection', async () => {
    await alice.home.createMap(title, 'E-commerce first purchase');
    await alice.map.expectConnected();
    await expectNoSeriousViolations(alice, 'editor');
    await alice.map.selectCard('Checkout');
    await expectNoSeriousViolations(alice, 'editor with a card selected');
  });

  await test.step('the Comments, Health and History panels', async () => {
    await new CommentsPanel(alice.page).open();
    await expectNoSeriousViolations(alice, 'Comments panel');
    await new HealthPanel(alice.page).open();
    await expectNoSeriousViolations(alice, 'Health panel');
    await new HistoryPanel(alice.page).open();
    await expectNoSeriousViolations(alice, 'History panel');
  });

  let commenterUrl = '';
  await test.step('the Share dialog', async () => {
    await alice.map.shareButton.click();
    await expect(alice.map.shareDialog.root).toBeVisible();
    await expectNoSeriousViolations(alice, 'Share dialog');
    commenterUrl = await alice.map.shareDialog.createLink('commenter');
    await expectNoSeriousViolations(alice, 'Share dialog with a new link');
    await alice.map.shareDialog.close();
  });

  await test.step('present mode', async () => {
    const workshop = new Workshop(alice.page);
    await workshop.present(6, 'Awareness');
    await expectNoSeriousViolations(alice, 'present mode');
    await workshop.stopPresenting.click();
  });

  await test.step('the commenter’s view', async () => {
    const carl = await newGuest('carl');
    await carl.map.joinByLink(commenterUrl, 'Carl', title);
    await expectNoSeriousViolations(carl, 'commenter');
    await carl.map.selectCard('Checkout');
    await expectNoSeriousViolations(carl, 'commenter with a card selected');
  });
});
