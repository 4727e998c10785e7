import type { jsPDF } from 'jspdf';
import { pdfText } from './pdfText.ts';
import { wrapText } from './scene/text.ts';

/*
 * Unicode text in the report: Inter (Latin, Greek, Cyrillic) embedded as a TrueType
 * font with Identity-H encoding, and Noto Sans JP for Japanese and Chinese characters
 * when the map uses any. jsPDF writes only the glyphs used (a subset) and a ToUnicode
 * map, so text stays searchable and copyable. Text runs switch font per character:
 * whatever Inter lacks is drawn with the CJK font. Without fonts the report falls back
 * to Helvetica and Latin-1 (pdfText).
 */

/** Font files as binary strings (one char per byte), as jsPDF's virtual file system takes them. */
export interface FontFiles {
  regular: string;
  bold: string;
  /** Only when the map has CJK text. */
  cjk?: string;
}

interface Registered {
  hasLatin(code: number): boolean;
  hasCjk(code: number): boolean;
  cjk: boolean;
}

const registry = new WeakMap<jsPDF, Registered>();

const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** Whether text holds characters only the CJK font has. */
export const needsCjk = (text: string) => CJK.test(text);

type CodeMap = Record<number, number>;
const codeMapOf = (doc: jsPDF): CodeMap =>
  (doc.getFont() as unknown as { metadata: { cmap: { unicode: { codeMap: CodeMap } } } }).metadata
    .cmap.unicode.codeMap;

/** Embeds the fonts in `doc`; from then on setType, put and split use them. */
export function registerFonts(doc: jsPDF, files: FontFiles): void {
  doc.addFileToVFS('Inter-Regular.ttf', files.regular);
  doc.addFont('Inter-Regular.ttf', 'Inter', 'normal', undefined, 'Identity-H');
  doc.addFileToVFS('Inter-Bold.ttf', files.bold);
  doc.addFont('Inter-Bold.ttf', 'Inter', 'bold', undefined, 'Identity-H');
  doc.setFont('Inter', 'normal');
  const latin = codeMapOf(doc);
  let cjk: CodeMap = {};
  if (files.cjk) {
    doc.addFileToVFS('NotoSansJP-Regular.ttf', files.cjk);
    doc.addFont('NotoSansJP-Regular.ttf', 'NotoSansJP', 'normal', undefined, 'Identity-H');
    doc.setFont('NotoSansJP', 'normal');
    cjk = codeMapOf(doc);
    doc.setFont('Inter', 'normal');
  }
  registry.set(doc, {
    hasLatin: (code) => code < 0x20 || latin[code] !== undefined,
    hasCjk: (code) => cjk[code] !== undefined,
    cjk: !!files.cjk,
  });
}

/** The family for report text: Inter once registered, else Helvetica. */
export const familyOf = (doc: jsPDF) => (registry.has(doc) ? 'Inter' : 'helvetica');

interface Run {
  text: string;
  cjk: boolean;
}

function runs(doc: jsPDF, text: string): Run[] {
  const fonts = registry.get(doc);
  if (!fonts?.cjk) return [{ text, cjk: false }];
  const out: Run[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const cjk = !fonts.hasLatin(code) && fonts.hasCjk(code);
    const last = out[out.length - 1];
    if (last && last.cjk === cjk) last.text += char;
    else out.push({ text: char, cjk });
  }
  return out;
}

/** Draws `run` in the right font, then restores the Latin one. */
function withFont<T>(doc: jsPDF, run: Run, draw: () => T): T {
  if (!run.cjk) return draw();
  const { fontName, fontStyle } = doc.getFont();
  doc.setFont('NotoSansJP', 'normal');
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
  if (parts.length === 1 && !parts[0]!.cjk) {
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
