import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test, uniqueTitle, type Actor } from './fixtures.ts';

/* Exports from the editor (files checked byte by byte) and imports from the home page. */

function exportDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Export map', exact: true });
}

function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import a map', exact: true });
}

async function openExport(actor: Actor): Promise<Locator> {
  await actor.map.toolbar.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = exportDialog(actor.page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks an export button and returns the file it downloads, with its contents. */
async function download(
  dialog: Locator,
  button: string,
): Promise<{ file: Download; bytes: Buffer }> {
  const started = dialog.page().waitForEvent('download');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const file = await started;
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Page objects of a PDF (the page tree's /Pages nodes are not pages). */
function pdfPages(bytes: Buffer): number {
  return bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** Rows of a small CSV without quoted line breaks: enough for the files these tests make. */
function csvRows(bytes: Buffer): string[][] {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line) => line.split(','));
}

/** Adds an action from the Actions panel and gives it a title. */
async function addAction(actor: Actor, title: string): Promise<void> {
  const panel = actor.map.panel('Actions');
  // The table sorts its rows, so find fields by the title they show (React mirrors it in `value`).
  const titled = (text: string) =>
    panel.locator(`input[aria-label="Action title"][value=${JSON.stringify(text)}]`);
  await panel.getByRole('button', { name: 'Add action', exact: true }).click();
  const field = titled('New action');
  await expect(field).toHaveCount(1);
  await field.fill(title);
  await field.press('Tab');
  await expect(titled(title)).toHaveCount(1);
}

/** The titles of the maps the home page lists, read after a fresh load. */
async function listedTitles(actor: Actor): Promise<string[]> {
  await actor.home.goto();
  const list = actor.page.getByRole('region', { name: 'On this server' });
  await expect(list.getByText(/Loading…/)).toHaveCount(0);
  return list.getByRole('link').allInnerTexts();
}

test('exports the map as PNG, PDF, CSV and JSON files that hold what the map holds', async ({
  alice,
}) => {
  const title = uniqueTitle('Exports');
  await alice.home.goto();
  await alice.home.createMap(title, 'Blank map');
  await alice.map.expectConnected();

  await alice.map.toolbar.getByRole('button', { name: 'Actions', exact: true }).click();
  await expect(alice.map.panel('Actions')).toBeVisible();
  await addAction(alice, 'Show fees up front');
  await addAction(alice, 'Call before rate expiry');

  const dialog = await openExport(alice);
  const area = dialog.getByRole('radiogroup', { name: 'Area', exact: true });
  await expect(area.getByRole('radio', { name: 'Whole map', exact: true })).toBeChecked();
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  // The whole map at twice its size: a real picture, not a thumbnail or a blank.
  const png = await download(dialog, 'PNG image');
  expect(png.file.suggestedFilename()).toBe(`${slug}.png`);
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThan(800);
  expect(size.height).toBeGreaterThan(400);
  await expect(dialog.getByRole('status')).toHaveText(
    `Saved ${slug}.png (${size.width / 2} × ${size.height / 2}).`,
  );

  // The current view is exactly the canvas on screen, so it is smaller than the whole map here.
  await area.getByRole('radio', { name: 'Current view', exact: true }).check();
  const view = await download(dialog, 'PNG image');
  expect(view.file.suggestedFilename()).toBe(`${slug}-view.png`);
  expect(pngSize(view.bytes).width).toBeGreaterThan(800);

  const svg = await download(dialog, 'SVG image');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // The map's words are in it as text, drawn as shapes (exports-story.spec.ts checks more).
  expect(svgText).toMatch(/<text[^>]*>Discover<\/text>/);
  expect(svgText).not.toContain('foreignObject');

  // Cover with the map, the map in readable detail, then KPIs and actions, and the health score
  // with the points each check took (a blank map's many findings go on to a page of their own).
  const pdf = await download(dialog, 'PDF report');
  expect(pdf.file.suggestedFilename()).toBe(`${slug}-report.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPages(pdf.bytes)).toBe(4);
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${slug}-report.pdf (4 pages).`);

  const actions = csvRows((await download(dialog, 'Actions CSV')).bytes);
  expect(actions[0]).toEqual([
    'id',
    'title',
    'owner',
    'due',
    'status',
    'impact',
    'effort',
    'overdue',
    'cards',
  ]);
  expect(
    actions
      .slice(1)
      .map((row) => row[1])
      .sort(),
  ).toEqual(['Call before rate expiry', 'Show fees up front']);
  expect(actions.slice(1).every((row) => row[4] === 'todo')).toBe(true);

  // The dialog says what a cards CSV cannot carry, and points to JSON for a full copy.
  await expect(dialog).toContainText('A cards CSV leaves out KPIs, actions,');
  await expect(dialog).toContainText('Use JSON for a full copy.');
  const cards = csvRows((await download(dialog, 'Cards CSV')).bytes);
  expect(cards[0]!.slice(0, 5)).toEqual(['id', 'stage', 'lane', 'kind', 'title']);
  expect(cards[0]).toContain('emotion (Customer)');

  const json = JSON.parse((await download(dialog, 'JSON')).bytes.toString('utf8')) as {
    meta: { title: string };
    stages: { name: string }[];
    actions: { title: string }[];
  };
  expect(json.meta.title).toBe(title);
  expect(json.stages.map((s) => s.name)).toEqual(['Discover', 'Decide', 'Use']);
  expect(json.actions).toHaveLength(2);
});

test('a malformed JSON file shows its problems and creates nothing', async ({ alice }) => {
  const title = uniqueTitle('Broken import');
  await alice.home.goto();
  await alice.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = importDialog(alice.page);
  await expect(dialog).toBeVisible();

  // Valid JSON, but a card points at a stage that does not exist.
  const broken = {
    meta: { title },
    stages: [{ id: 's1', name: 'Discover' }],
    lanes: [{ id: 'l1', name: 'Touchpoints', kind: 'touchpoints' }],
    cards: [{ id: 'c1', stageId: 'nowhere', laneId: 'l1', kind: 'touchpoint', title: 'Lost' }],
  };
  await dialog.getByLabel('Map file (JSON)', { exact: true }).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const problems = dialog.getByRole('alert');
  await expect(problems).toContainText('nothing was created');
  await expect(problems).toContainText('cards[0]: unknown stageId "nowhere"');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  // Not JSON at all.
  await dialog.getByLabel('Map file (JSON)', { exact: true }).setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"meta": {"title": '),
  });
  await expect(problems).toContainText('The file is not JSON');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await listedTitles(alice)).not.toContain(title);
});

test('a CSV without a stage column says so and creates nothing', async ({ alice }) => {
  const title = uniqueTitle('No stages');
  await alice.home.goto();
  await alice.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = importDialog(alice.page);

  await dialog.getByLabel('Cards file (CSV)', { exact: true }).setInputFiles({
    name: `${title}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Lane,Title,Owner\nTouchpoints,Sees an ad,Maya\nPain points,Too many offers,\n',
    ),
  });
  await expect(dialog.getByRole('alert')).toContainText('No column for the stage');
  await expect(dialog.getByRole('combobox', { name: 'Stage column', exact: true })).toHaveValue('');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  expect(await listedTitles(alice)).not.toContain(title);
});

test('a CSV of cards becomes a map with its stages, lanes and cards', async ({ alice }) => {
  const title = uniqueTitle('Imported shop');
  await alice.home.goto();
  await alice.page.getByRole('button', { name: 'Import map', exact: true }).click();
  const dialog = importDialog(alice.page);

  const csv = [
    'Phase,Lane,Type,Card,Owner,Feeling',
    'Discover,Touchpoints,touchpoint,Sees an ad,Maya,1',
    'Discover,Pain points,,Too many offers,,-1',
    'Buy,Touchpoints,,Checkout page,Ola,-2',
    'Use,Touchpoints,,Reorder email,Maya,2',
  ].join('\n');
  await dialog.getByLabel('Cards file (CSV)', { exact: true }).setInputFiles({
    name: 'shop.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });

  // The columns are guessed from the headers and can be changed.
  await expect(dialog.getByRole('combobox', { name: 'Stage column', exact: true })).toHaveValue(
    '0',
  );
  await expect(dialog.getByRole('combobox', { name: 'Title column', exact: true })).toHaveValue(
    '3',
  );
  await expect(dialog.getByRole('combobox', { name: 'Emotion column', exact: true })).toHaveValue(
    '5',
  );
  const preview = dialog.getByRole('region', { name: 'Preview', exact: true });
  await expect(preview).toContainText('Creates 3 stages, 3 lanes, 4 cards and 2 people.');
  await expect(preview).toContainText('Discover → Buy → Use');
  await expect(preview.getByRole('note')).toContainText(
    'A cards CSV leaves out KPIs, actions, people’s teams and colours',
  );
  await expect(preview.getByRole('note')).toContainText('export it as JSON');

  await dialog.getByRole('textbox', { name: 'New map title', exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await alice.page.waitForURL(/\/maps\/[^/?#]+$/);
  await alice.map.expectConnected();
  await expect(alice.map.titleInput).toHaveValue(title);
  await alice.map.expectStageOrder(['Discover', 'Buy', 'Use']);
  await alice.map.expectCardInCell('Checkout page', 'Buy', 'Touchpoints');
  await alice.map.expectCardInCell('Too many offers', 'Discover', 'Pain points');
  await expect(alice.map.emotionPoint('Customer', 'Reorder email')).toHaveAttribute(
    'aria-valuenow',
    '2',
  );
  await expect(alice.map.cardOwner('Checkout page', 'Ola')).toBeVisible();
});
