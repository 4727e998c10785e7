import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFontFiles } from './pdfFontFiles.ts';
import { scriptsOf } from './pdfFonts.ts';

/** Serves the font files from node_modules, as the dev server does, and notes which were asked for. */
function serveFonts(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const path = url.replace(/^\/@fs/, '').replace(/\?.*$/, '');
    const file = path.startsWith('/node_modules/') ? `${process.cwd()}${path}` : path;
    return new Response(readFileSync(file));
  });
  return asked;
}

const names = async (text: string) =>
  ((await loadFontFiles(text)).fallbacks ?? []).map((f) => f.name);

describe('loadFontFiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads no CJK font for Latin, Greek and Cyrillic text', async () => {
    const asked = serveFonts();
    expect(await names('Zażółć gęślą jaźń Καλημέρα Оплата картой')).toEqual([]);
    expect(asked.filter((url) => /NotoSans/.test(url))).toEqual([]);
  });

  it('loads Noto Sans KR, not JP, for Korean text', async () => {
    const asked = serveFonts();
    expect(await names('고객 센터')).toEqual(['NotoSansKR']);
    expect(asked.some((url) => url.includes('NotoSansJP'))).toBe(false);
  });

  it('loads Noto Sans JP alone for Japanese text it covers', async () => {
    serveFonts();
    expect(await names('お問い合わせ')).toEqual(['NotoSansJP']);
  });

  it('adds Noto Sans SC when Chinese text has characters Noto Sans JP lacks', async () => {
    serveFonts();
    expect(await names('お問い合わせ 退货申请 고객 센터')).toEqual([
      'NotoSansJP',
      'NotoSansSC',
      'NotoSansKR',
    ]);
  });
});

describe('scriptsOf', () => {
  it('tells kana, Han and Hangul apart', () => {
    expect(scriptsOf('Plain text')).toEqual({ jp: false, kr: false, han: '' });
    expect(scriptsOf('고객')).toEqual({ jp: false, kr: true, han: '' });
    expect(scriptsOf('退货 退货')).toEqual({ jp: true, kr: false, han: '退货' });
    expect(scriptsOf('「かな」').jp).toBe(true);
  });
});
