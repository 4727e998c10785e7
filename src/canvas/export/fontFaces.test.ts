import { describe, expect, it } from 'vitest';
import { fontFacesFor, parseUnicodeRange } from './fontFaces.ts';

const latin =
  '@font-face { font-family: "Inter Variable"; src: url(data:a) format("woff2"); unicode-range: U+0000-00FF, U+0131, U+2000-206F; }';
const cyrillic =
  '@font-face { font-family: "Inter Variable"; src: url(data:b) format("woff2"); unicode-range: U+0301, U+0400-045F; }';
const anyChar = '@font-face { font-family: "Other"; src: url(data:c); }';

describe('parseUnicodeRange', () => {
  it('reads single points, spans and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+0000-00FF, U+4??')).toEqual([
      [0x131, 0x131],
      [0, 0xff],
      [0x400, 0x4ff],
    ]);
  });
});

describe('fontFacesFor', () => {
  it('keeps only the subsets the text needs', () => {
    const css = [latin, cyrillic].join('\n');
    expect(fontFacesFor(css, 'Checkout')).toBe(latin);
    expect(fontFacesFor(css, 'Оплата')).toBe(cyrillic);
    expect(fontFacesFor(css, 'Pay — Оплата')).toBe(`${latin}\n${cyrillic}`);
  });

  it('keeps faces without a unicode-range', () => {
    expect(fontFacesFor(anyChar, 'x')).toBe(anyChar);
  });
});
