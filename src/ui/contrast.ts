/*
 * Colours that carry white text: people's and guests' colours are picked for variety, not
 * contrast, so labels on them are drawn on a darkened shade that reaches WCAG AA (4.5:1).
 */

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function parse(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of white on `hex` (1 to 21). */
export function contrastWithWhite(hex: string): number {
  const rgb = parse(hex);
  return rgb ? 1.05 / (luminance(rgb) + 0.05) : 21;
}

const toHex = (rgb: number[]) =>
  '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

/**
 * `hex`, darkened just enough (in steps of 4 %) for white text on it to reach `ratio`;
 * colours that already do, and values that are not hex colours, come back unchanged.
 */
export function forWhiteText(hex: string, ratio = 4.5): string {
  const rgb = parse(hex);
  if (!rgb || contrastWithWhite(hex) >= ratio) return hex;
  for (let f = 0.96; f > 0; f -= 0.04) {
    const shade = toHex(rgb.map((v) => v * f));
    if (contrastWithWhite(shade) >= ratio) return shade;
  }
  return '#000000';
}
