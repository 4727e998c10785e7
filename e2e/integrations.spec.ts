import { expect, test, uniqueTitle } from './fixtures.ts';

/* Integrations in the browser: Mermaid journeys in, and the live embed view. */

const JOURNEY = `---
title: Ignored, the title statement wins
---
journey
  title TITLE_HERE
  %% a comment
  section Visit the shop
    Test ride: 5: Ann, Ben
    Haggle: 9: Ben,
  section Pay
    Pay: 1
    Wait: maybe: Ann
    Ride home: 4: Ann
    Tell friends: 4`;

test('a pasted Mermaid journey shows a preview, then becomes a map with emotion curves', async ({
  alice,
}) => {
  const title = uniqueTitle('Bike shop');
  await alice.home.goto();
  await alice.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'Import a map', exact: true });
  await dialog
    .getByRole('textbox', { name: 'Or paste a Mermaid journey', exact: true })
    .fill(JOURNEY.replace('TITLE_HERE', title));

  await test.step('the preview shows what will be created and the lines to check', async () => {
    const preview = dialog.getByRole('region', { name: 'Preview', exact: true });
    await expect(preview).toContainText('Visit the shop → Pay');
    await expect(dialog.getByText('Personas: Ann, Ben, Customer')).toBeVisible();
    const cards = dialog.getByRole('list', { name: 'Cards by stage', exact: true });
    await expect(cards).toContainText('Test ride — Ann +2, Ben +2');
    await expect(cards).toContainText('Wait — no score');
    const check = dialog.getByRole('region', { name: 'Lines to check', exact: true });
    await expect(check).toContainText(
      'Line 9: “Haggle”: score 9 is outside 1…5 or not whole; taken as 5',
    );
    await expect(check).toContainText('Line 12: “Wait”: score “maybe” is not a number');
    await expect(dialog.getByRole('textbox', { name: 'New map title', exact: true })).toHaveValue(
      title,
    );
    await alice.page.setViewportSize({ width: 1440, height: 900 });
    await alice.page.screenshot({ path: 'test-results/mermaid-import-preview.png' });
  });

  await test.step('the map has the stages, the cards and a curve per persona', async () => {
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await alice.page.waitForURL(/\/maps\/[^/?#]+$/);
    await alice.map.expectConnected();
    await expect(alice.map.titleInput).toHaveValue(title);
    await alice.map.expectStageOrder(['Visit the shop', 'Pay']);
    await alice.map.expectCardInCell('Test ride', 'Visit the shop', 'Customer actions');
    await expect(alice.map.emotionPoint('Ann', 'Test ride')).toHaveAttribute('aria-valuenow', '2');
    await expect(alice.map.emotionPoint('Customer', 'Pay')).toHaveAttribute('aria-valuenow', '-2');
    // A curve through two points or more (a flat one has no height, so "visible" would not do).
    for (const persona of ['Ann', 'Ben', 'Customer'])
      await expect(
        alice.page.getByLabel(`Emotion curve of ${persona}`, { exact: true }),
      ).toHaveAttribute('d', /^M [\d.]+ [\d.]+ C /);
    await alice.page.screenshot({ path: 'test-results/mermaid-import-map.png' });
  });
});

test('the embed view shows the map without the app and follows a live change', async ({
  alice,
  newGuest,
}) => {
  const title = uniqueTitle('Embedded');
  await alice.home.goto();
  await alice.home.createMap(title, 'E-commerce first purchase');
  await alice.map.expectConnected();
  await alice.page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = alice.page.getByRole('dialog', { name: 'Share this map', exact: true });
  await share.getByRole('tab', { name: 'Embed', exact: true }).click();
  await share.getByRole('button', { name: 'Create embed code', exact: true }).click();
  const code = await share.getByRole('textbox', { name: /^Embed code/ }).inputValue();
  const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
  expect(src).toMatch(/\/embed\/[^/?#]+\?token=[\w-]{20,}$/);
  await share.getByRole('button', { name: 'Close', exact: true }).click();

  // A guest page holds the iframe, as a wiki would.
  const reader = await newGuest('reader');
  await reader.page.setViewportSize({ width: 1440, height: 900 });
  await reader.page.goto('/healthz');
  await reader.page.setContent(`<h1>Team wiki</h1>${code}`);
  const frame = reader.page.frameLocator('iframe');
  await expect(frame.getByRole('main', { name: 'Embedded journey map' })).toBeVisible();
  await expect(frame.getByText('Awareness', { exact: true }).first()).toBeVisible();
  // No app chrome: no toolbar, no share button, no title field.
  await expect(frame.getByRole('button', { name: 'Share', exact: true })).toHaveCount(0);
  await expect(frame.getByRole('toolbar')).toHaveCount(0);

  await alice.map.addStage('Word of mouth');
  await expect(frame.getByText('Word of mouth', { exact: true })).toBeVisible();
  await reader.page.screenshot({ path: 'test-results/embed-live.png' });
});

test('an editor makes an API token and a webhook, and sees its deliveries', async ({ alice }) => {
  await alice.home.goto();
  await alice.home.createMap(uniqueTitle('Wired'), 'E-commerce first purchase');
  await alice.map.expectConnected();
  await alice.page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = alice.page.getByRole('dialog', { name: 'Share this map', exact: true });
  await share.getByRole('tab', { name: 'Integrations', exact: true }).click();

  await share.getByRole('textbox', { name: 'Token name', exact: true }).fill('Warehouse');
  await share.getByRole('combobox', { name: 'Token scope', exact: true }).selectOption('kpis');
  await share.getByRole('button', { name: 'Create token', exact: true }).click();
  await expect(share.getByRole('textbox', { name: /^New token/ })).toHaveValue(/^tmi_/);
  await expect(share.getByText('kpis · never used')).toBeVisible();

  // The server itself receives (it answers 404 to a POST on /healthz): a delivery to list.
  const url = new URL('/healthz', alice.page.url()).href;
  await share.getByRole('textbox', { name: 'Webhook URL', exact: true }).fill(url);
  await share.getByRole('checkbox', { name: 'version.saved', exact: true }).check();
  await share.getByRole('button', { name: 'Add webhook', exact: true }).click();
  await expect(share.getByRole('textbox', { name: /^Signing secret/ })).toHaveValue(/^whsec_/);
  await expect(
    share.getByRole('button', { name: `Delete webhook ${url}`, exact: true }),
  ).toBeVisible();

  const mapId = /\/maps\/([^/?#]+)/.exec(alice.page.url())![1]!;
  const saved = await alice.page.evaluate(async (id) => {
    const key = localStorage.getItem('trailmap:key');
    const response = await fetch(`/api/maps/${id}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Wired up' }),
    });
    return response.status;
  }, mapId);
  expect(saved).toBe(201);
  const deliveries = share.getByRole('list', { name: 'Deliveries', exact: true });
  await expect(async () => {
    await share.getByRole('button', { name: 'Refresh deliveries', exact: true }).click();
    await expect(deliveries).toContainText('version.saved', { timeout: 1000 });
    await expect(deliveries).toContainText('HTTP 404', { timeout: 1000 });
  }).toPass();
  await alice.page.screenshot({ path: 'test-results/integrations-tab.png' });
});
