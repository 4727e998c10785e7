import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { templateMap, type MapState } from '../doc/index.ts';
import type { FontFiles } from './pdfFonts.ts';
import { extractText } from './pdfInspect.ts';
import { reportTiles } from './pdfMap.ts';
import { READABLE_SCALE, buildReport } from './pdfReport.ts';

const require = createRequire(import.meta.url);
const font = (path: string) => readFileSync(require.resolve(path)).toString('binary');
const INTER: FontFiles = {
  regular: font('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: font('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};
const noto = (script: 'JP' | 'SC' | 'KR') => ({
  name: `NotoSans${script}`,
  data: font(
    `@expo-google-fonts/noto-sans-${script.toLowerCase()}/400Regular/NotoSans${script}_400Regular.ttf`,
  ),
});
const CJK = [noto('JP'), noto('SC'), noto('KR')];

// Korean needs Noto Sans KR; 货 and 请 are Simplified Chinese only Noto Sans SC has.
const TITLES = [
  'Zażółć gęślą jaźń',
  'Καλημέρα',
  'お問い合わせ',
  'Оплата картой',
  '고객 센터',
  '退货申请',
];

function worldMap(): MapState {
  const map = templateMap('ecommerce', 'Ünïcode map')!;
  TITLES.forEach((title, i) => (map.cards[i * 5]!.title = title));
  map.personas[0]!.name = 'Łucja, a first-time buyer with a long persona name that must not be cut';
  return map;
}

describe('the report with embedded fonts', () => {
  it('draws the map as text: every card title is found, in every script', async () => {
    const map = worldMap();
    const report = await buildReport({
      map,
      today: '2025-07-01',
      fonts: { ...INTER, fallbacks: CJK },
    });
    const text = await extractText(report.blob);
    for (const title of TITLES) expect(text).toContain(title);
    for (const card of map.cards) {
      // A long title wraps: each of its words is on some line.
      for (const word of card.title.split(/\s+/)) expect(text).toContain(word);
    }
    expect(text).toContain('Łucja, a first-time');
    expect(text).toContain('Legend');
    // The CJK fonts are subset to the few characters used, not their 5–10 MB each.
    expect(report.blob.size).toBeLessThan(600_000);
  });

  it('leaves the CJK fonts out of a map without such characters', async () => {
    const map = templateMap('refinancing')!;
    map.cards[0]!.title = 'Zażółć gęślą jaźń';
    const report = await buildReport({ map, today: '2025-07-01', fonts: INTER });
    const raw = Buffer.from(await report.blob.arrayBuffer()).toString('latin1');
    expect(raw).toContain('/BaseFont /Inter');
    expect(raw).not.toContain('NotoSans');
    expect(await extractText(report.blob)).toContain('Zażółć gęślą jaźń');
  });
});

describe('reportTiles', () => {
  const box = { width: 269, height: 162 };

  it('skips a tile without cards', () => {
    const map = templateMap('ecommerce')!;
    const { tiles } = reportTiles(map, box, READABLE_SCALE);
    const last = tiles[tiles.length - 1]!;
    const stages = new Set(map.stages.slice(last.stages.from, last.stages.to).map((s) => s.id));
    const lanes = map.lanes.slice(last.lanes.from, last.lanes.to);
    expect(lanes.some((l) => l.kind === 'emotion')).toBe(false);
    const laneIds = new Set(lanes.map((l) => l.id));
    map.cards = map.cards.filter((c) => !(stages.has(c.stageId) && laneIds.has(c.laneId)));
    expect(reportTiles(map, box, READABLE_SCALE).tiles).toHaveLength(tiles.length - 1);
  });

  it('shrinks a little rather than give one lane its own row of pages', () => {
    const map = templateMap('ecommerce')!;
    const full = reportTiles(map, box, READABLE_SCALE);
    // A box just too short for all lanes at the readable scale still takes them all.
    const tall = reportTiles(map, { ...box, height: box.height * 1.12 }, READABLE_SCALE);
    expect(tall.tiles.length).toBeLessThanOrEqual(full.tiles.length);
    expect(tall.scale).toBeLessThanOrEqual(READABLE_SCALE);
  });
});
