import { describe, expect, it } from 'vitest';
import { templateMap, type MapState } from '../doc/index.ts';
import { fitText, wrapText, approximateMeasure } from './scene/text.ts';
import { mapToSvg } from './svgMap.ts';

const TITLES = ['Zażółć gęślą jaźń', 'Καλημέρα', 'お問い合わせ'];
const LONG = 'A card title long enough that it has to wrap over three or more lines on the card';

function map(): MapState {
  const m = templateMap('refinancing', 'Bank <refinancing> & co')!;
  TITLES.forEach((t, i) => (m.cards[i]!.title = t));
  m.cards[3]!.title = LONG;
  m.kpis[0]!.name = 'Share of applications completed online without calling the branch';
  return m;
}

/** The text of every <text> element, tspans joined by spaces. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<\/tspan><tspan[^>]*>/g, ' ')
      .replace(/<\/?tspan[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('mapToSvg', () => {
  const svg = mapToSvg(map(), { date: '2025-07-01', legend: true });

  it('draws shapes and text, never HTML in a foreignObject', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toMatch(/<div|<p /);
    expect(svg).toContain('<rect');
    expect(svg).toMatch(/<path d="M[^"]*C/);
  });

  it('has every card title as a <text>, in any script, long ones wrapped in tspans', () => {
    const all = texts(svg);
    for (const card of map().cards) expect(all).toContain(card.title);
    for (const title of TITLES) expect(all).toContain(title);
    const long = [...svg.matchAll(/<text[^>]*data-role="card"[^>]*>(.*?)<\/text>/g)].find((m) =>
      m[1]!.includes('A card title'),
    )![1]!;
    expect(long.match(/<tspan/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it('shows KPI and persona names in full', () => {
    const all = texts(svg);
    // The retention-email KPI, renamed long: it wraps on its card's chip instead of being cut.
    expect(all).toContain(
      'Share of applications completed online without calling the branch: 3.5%',
    );
    for (const persona of map().personas) expect(all).toContain(persona.name);
  });

  it('has a caption with title and date, and a legend when asked', () => {
    const all = texts(svg);
    expect(all).toContain('Bank <refinancing> & co');
    expect(svg).toContain('Bank &lt;refinancing&gt; &amp; co');
    expect(all.some((t) => t.startsWith('Exported 2025-07-01'))).toBe(true);
    expect(all).toContain('Legend');
    expect(all).toContain('Moment of truth');
    expect(all).toContain('SR = Sofia Russo (Marketing (CRM))');
    const bare = texts(mapToSvg(map(), { date: '2025-07-01', legend: false }));
    expect(bare).not.toContain('Legend');
  });

  it('stays small: the bank template is well under 100 KB', () => {
    expect(new TextEncoder().encode(svg).length).toBeLessThan(100_000);
  });
});

describe('fitting text', () => {
  it('wraps at words, and Japanese between characters', () => {
    expect(wrapText('one two three', 60, 14, 400, approximateMeasure)).toEqual([
      'one two',
      'three',
    ]);
    const lines = wrapText('お問い合わせフォームから送信', 60, 14, 400, approximateMeasure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('お問い合わせフォームから送信');
  });

  it('shrinks to fit, and at the minimum size takes more lines rather than cutting', () => {
    const fits = fitText(
      'Customer satisfaction',
      { width: 120, height: 20 },
      15,
      10,
      400,
      approximateMeasure,
    );
    expect(fits.lines).toEqual(['Customer satisfaction']);
    expect(fits.size).toBeLessThan(15);
    const long = fitText(LONG, { width: 120, height: 14 }, 15, 10, 400, approximateMeasure);
    expect(long.size).toBe(10);
    expect(long.lines.join(' ')).toBe(LONG);
  });
});
