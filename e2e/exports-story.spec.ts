import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { extractText } from '../src/exchange/pdfInspect.ts';
import { expect, test, uniqueTitle } from './fixtures.ts';

/* Exports that carry the story: card titles in any script as real text in the SVG and the PDF. */

const TITLES = ['Zażółć gęślą jaźń', 'Καλημέρα', 'お問い合わせ', '고객 센터', '退货申请'];

async function download(dialog: Locator, button: string): Promise<Buffer> {
  const started = dialog.page().waitForEvent('download');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  return readFile(await (await started).path());
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('the SVG and the PDF hold every card title as text, in Polish, Greek, Japanese, Korean and Chinese', async ({
  alice,
}) => {
  test.setTimeout(120_000);
  const title = uniqueTitle('Story export');
  await alice.home.goto();
  await alice.home.createMap(title, 'Bank refinancing');
  await alice.map.expectConnected();
  // One per stage: a selected card's emotion picker covers the add button below it.
  const stages = ['Trigger', 'Research', 'Application', 'Assessment', 'Offer'];
  for (const [i, card] of TITLES.entries()) {
    await alice.map.addCard(stages[i]!, 'Opportunities', card);
    await alice.page.keyboard.press('Escape');
  }

  await alice.map.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = alice.page.getByRole('dialog', { name: 'Export map', exact: true });
  await expect(dialog.getByRole('checkbox', { name: /Add a legend/ })).toBeChecked();

  const svg = (await download(dialog, 'SVG image')).toString('utf8');
  expect(svg).not.toContain('foreignObject');
  const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    unescape(m[1]!.replace(/<tspan[^>]*>/g, '').replace(/<\/tspan>/g, ' ')).trim(),
  );
  for (const card of [...TITLES, 'Sees the fixed rate is about to end']) {
    expect(texts.some((t) => t.includes(card))).toBe(true);
  }
  // The caption and the legend.
  expect(texts).toContain(title);
  expect(texts).toContain('Legend');
  expect(texts).toContain('Moment of truth');

  const pdf = await download(dialog, 'PDF report');
  await expect(dialog.getByRole('status')).toHaveText(/^Saved .*-report\.pdf \(\d+ pages\)\.$/);
  const text = await extractText(new Blob([new Uint8Array(pdf)]));
  for (const card of TITLES) expect(text).toContain(card);
  expect(text).toContain('Legend');
  // Fonts are embedded as subsets: the CJK fonts are in, but not their 5–10 MB each.
  const raw = pdf.toString('latin1');
  for (const font of ['NotoSansJP', 'NotoSansSC', 'NotoSansKR'])
    expect(raw).toContain(`/BaseFont /${font}`);
  expect(pdf.length).toBeLessThan(1_000_000);
});
