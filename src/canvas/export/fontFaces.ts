/*
 * The app's font comes in subsets by script (latin, cyrillic, greek, …), each an
 * @font-face with a unicode-range. An exported image needs only the subsets its
 * text uses; embedding all of them would multiply the size of every SVG.
 */

type Range = [number, number];

/** Parses a CSS unicode-range value ("U+0000-00FF, U+0131, U+4??") into code point ranges. */
export function parseUnicodeRange(value: string): Range[] {
  const ranges: Range[] = [];
  for (const part of value.split(',')) {
    const token = part.trim().replace(/^u\+/i, '');
    if (!token) continue;
    if (token.includes('?')) {
      ranges.push([
        parseInt(token.replace(/\?/g, '0'), 16),
        parseInt(token.replace(/\?/g, 'F'), 16),
      ]);
      continue;
    }
    const [from = '', to = from] = token.split('-');
    const start = parseInt(from, 16);
    const end = parseInt(to, 16);
    if (Number.isFinite(start) && Number.isFinite(end)) ranges.push([start, end]);
  }
  return ranges;
}

/** Splits CSS text into its @font-face blocks (anything else is dropped). */
export function fontFaceBlocks(css: string): string[] {
  return css.match(/@font-face\s*{[^}]*}/g) ?? [];
}

/** Keeps the @font-face rules whose unicode-range covers at least one character of `text`. */
export function fontFacesFor(css: string, text: string): string {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0)!);
  return fontFaceBlocks(css)
    .filter((block) => {
      const range = /unicode-range\s*:\s*([^;}]*)/i.exec(block)?.[1];
      if (!range) return true;
      const ranges = parseUnicodeRange(range);
      for (const code of codes) {
        if (ranges.some(([from, to]) => code >= from && code <= to)) return true;
      }
      return false;
    })
    .join('\n');
}
