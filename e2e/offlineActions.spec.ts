import { expect, test, uniqueTitle } from './fixtures.ts';
import { HistoryPanel } from './pages/HistoryPanel.ts';

const REASON = 'Needs a connection — you are offline';

test('offline, share, present and dot vote are disabled and say why; back online they work', async ({
  alice,
}) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Offline actions'));
  await alice.map.expectConnected();
  const page = alice.page;
  // The first-map guide stands over the canvas: put away, for the screenshot.
  await page.getByRole('button', { name: 'Got it', exact: true }).click();
  const buttons = [
    page.getByRole('button', { name: 'Share', exact: true }),
    page.getByRole('button', { name: 'Present', exact: true }),
    page.getByRole('button', { name: 'Dot vote', exact: true }),
  ];
  for (const button of buttons) await expect(button).toBeEnabled();
  // Versions live on the server too: the History panel, opened while online.
  const history = new HistoryPanel(page);
  await history.open();
  const created = history.versionWithText('Map created');
  await history.versionName.fill('Before the workshop');
  const versionButtons = [
    history.saveButton,
    history.versionButton(created, 'Restore'),
    history.versionButton(created, 'Compare with now'),
  ];
  for (const button of versionButtons) await expect(button).toBeEnabled();

  await test.step('offline: each is disabled, with the reason as description and tooltip', async () => {
    await alice.context.setOffline(true);
    await expect(alice.map.status).toHaveText('Offline');
    for (const button of buttons) {
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(REASON);
      await expect(button).toHaveAttribute('title', REASON);
    }
    for (const button of versionButtons) {
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(REASON);
    }
    await history.saveButton.click({ force: true });
    await expect(history.versions).toHaveCount(1);
    // Still reachable by keyboard (so the reason can be heard), but a click does nothing.
    await buttons[0]!.focus();
    await expect(buttons[0]!).toBeFocused();
    await page.keyboard.press('Enter');
    await buttons[2]!.click({ force: true });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /^Offline — / })).toContainText(
      'Sharing, presenting, voting and versions wait for the connection.',
    );
    await buttons[2]!.hover();
    await page.screenshot({ path: test.info().outputPath('offline-toolbar.png') });
  });

  await test.step('back online: enabled again, and Share opens its dialog', async () => {
    await alice.context.setOffline(false);
    await alice.map.expectConnected();
    for (const button of buttons) {
      await expect(button).toBeEnabled();
      await expect(button).not.toHaveAccessibleDescription(REASON);
    }
    for (const button of versionButtons) await expect(button).toBeEnabled();
    await buttons[0]!.click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
