import { jsPDF } from 'jspdf';
import { pdfText } from './pdfText.ts';
import { wrapText } from './scene/text.ts';

/*
 * Unicode text in the report: Inter (Latin, Greek, Cyrillic) embedded as a TrueType
 * font with Identity-H encoding, then, only for maps that use such scripts, fallback
 * fonts in this order: Noto Sans JP (Japanese kana, Han, CJK punctuation), Noto Sans SC
 * (Simplified Chinese: the Han characters Noto Sans JP lacks) and Noto Sans KR (Hangul).
 * jsPDF writes only the glyphs used (a subset) and a ToUnicode map, so text stays
 * searchable and copyable. Text runs switch font per character: Inter when it has the
 * glyph, else the first fallback that has it. Without fonts the report falls back to
 * Helvetica and Latin-1 (pdfText).
 */

/** A fallback font: its PDF family name and its file as a binary string. */
export interface FallbackFont {
  name: string;
  data: string;
}

/** Font files as binary strings (one char per byte), as jsPDF's virtual file system takes them. */
export interface FontFiles {
  regular: string;
  bold: string;
  /** Fonts for what Inter lacks, first match wins; only those the map's text needs. */
  fallbacks?: FallbackFont[];
}

interface Registered {
  hasLatin(code: number): boolean;
  fallbacks: { name: string; has(code: number): boolean }[];
}

const registry = new WeakMap<jsPDF, Registered>();

const KANA_OR_CJK_SYMBOL = /[\u2e80-\u2fdf\u3000-\u30ff\u31f0-\u31ff\u3200-\u33ff\uff00-\uffef]/u;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;

/** Which fallback fonts text calls for: `han` lists its distinct Han characters. */
export function scriptsOf(text: string): { jp: boolean; kr: boolean; han: string } {
  const han = [...new Set(text.match(HAN) ?? [])].join('');
  return { jp: han !== '' || KANA_OR_CJK_SYMBOL.test(text), kr: HANGUL.test(text), han };
}

type CodeMap = Record<number, number>;
const codeMapOf = (doc: jsPDF): CodeMap =>
  (doc.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: CodeMap } } } }).metadata
    .cmap.unicode.codeMap;

function addFont(doc: jsPDF, file: string, data: string, name: string, style: string): CodeMap {
  doc.addFileToVFS(file, data);
  doc.addFont(file, name, style, undefined, 'Identity-H');
  doc.setFont(name, style);
  return codeMapOf(doc);
}

/** The characters of `text` that the font `data` has no glyph for. */
export function missingGlyphs(data: string, text: string): string {
  const map = addFont(new jsPDF(), 'probe.ttf', data, 'Probe', 'normal');
  return [...text].filter((char) => map[char.codePointAt(0)!] === undefined).join('');
}

/** Embeds the fonts in `doc`; from then on setType, put and split use them. */
export function registerFonts(doc: jsPDF, files: FontFiles): void {
  addFont(doc, 'Inter-Bold.ttf', files.bold, 'Inter', 'bold');
  const latin = addFont(doc, 'Inter-Regular.ttf', files.regular, 'Inter', 'normal');
  const fallbacks = (files.fallbacks ?? []).map(({ name, data }) => {
    const map = addFont(doc, `${name}.ttf`, data, name, 'normal');
    return { name, has: (code: number) => map[code] !== undefined };
  });
  doc.setFont('Inter', 'normal');
  registry.set(doc, {
    hasLatin: (code) => code < 0x20 || latin[code] !== undefined,
    fallbacks,
  });
}

/** The family for report text: Inter once registered, else Helvetica. */
export const familyOf = (doc: jsPDF) => (registry.has(doc) ? 'Inter' : 'helvetica');

interface Run {
  text: string;
  /** The fallback font's name, or null for the current (Inter) font. */
  font: string | null;
}

/**
 * Font runs: Inter for what it has; for the rest of a word, the first fallback that has
 * all of the word's other characters (so a Chinese title is not half Japanese forms),
 * else per character the first fallback with the glyph. Spaces after a fallback run stay
 * in it, so "고객 센터" is one run.
 */
function runs(doc: jsPDF, text: string): Run[] {
  const fonts = registry.get(doc);
  if (!fonts?.fallbacks.length) return [{ text, font: null }];
  const out: Run[] = [];
  for (const word of text.split(/(\s+)/u)) {
    const chars = [...word].map((char) => ({ char, code: char.codePointAt(0)! }));
    const foreign = chars.filter(({ code }) => !fonts.hasLatin(code));
    const whole = fonts.fallbacks.find((f) => foreign.every(({ code }) => f.has(code)));
    for (const { char, code } of chars) {
      const last = out[out.length - 1];
      const keep = /\s/u.test(char)
        ? fonts.fallbacks.find((f) => f.name === last?.font)
        : undefined;
      const font = keep?.has(code)
        ? keep.name
        : fonts.hasLatin(code)
          ? null
          : ((whole ?? fonts.fallbacks.find((f) => f.has(code)))?.name ?? null);
      if (last && last.font === font) last.text += char;
      else out.push({ text: char, font });
    }
  }
  return out;
}

/** Draws `run` in the right font, then restores the Latin one. */
function withFont<T>(doc: jsPDF, run: Run, draw: () => T): T {
  if (run.font === null) return draw();
  const { fontName, fontStyle } = doc.getFont();
  doc.setFont(run.font, 'normal');
  try {
    return draw();
  } finally {
    doc.setFont(fontName, fontStyle);
  }
}

/** Width of text in the current font and size (mm), across font runs. */
export function textWidth(doc: jsPDF, text: string): number {
  if (!registry.has(doc)) return doc.getTextWidth(pdfText(text));
  return runs(doc, text).reduce(
    (w, run) => w + withFont(doc, run, () => doc.getTextWidth(run.text)),
    0,
  );
}

export interface PutOptions {
  baseline?: 'top' | 'alphabetic';
  align?: 'left' | 'center' | 'right';
  angle?: number;
}

/** Writes one line of text at (x, y), in as many font runs as it needs. */
export function put(doc: jsPDF, text: string, x: number, y: number, options: PutOptions = {}) {
  const opts = {
    baseline: options.baseline ?? 'alphabetic',
    align: options.align,
    angle: options.angle,
  };
  if (!registry.has(doc)) {
    doc.text(pdfText(text), x, y, opts);
    return;
  }
  const parts = runs(doc, text);
  if (parts.length === 1 && parts[0]!.font === null) {
    doc.text(text, x, y, opts);
    return;
  }
  const total = textWidth(doc, text);
  let at = options.align === 'right' ? x - total : options.align === 'center' ? x - total / 2 : x;
  for (const run of parts) {
    withFont(doc, run, () => {
      doc.text(run.text, at, y, { baseline: opts.baseline });
      at += doc.getTextWidth(run.text);
    });
  }
}

/** Lines of text no wider than `width` mm at the current font and size. */
export function split(doc: jsPDF, text: string, width: number): string[] {
  if (!registry.has(doc)) return doc.splitTextToSize(pdfText(text), width) as string[];
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return wrapText(flat, width, 1, 400, (t) => textWidth(doc, t));
}
