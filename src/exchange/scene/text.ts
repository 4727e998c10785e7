import type { Measure, Weight } from './types.ts';

/*
 * Wrapping and shrinking text to a box, given a measure. Nothing is ever cut:
 * text shrinks down to a minimum size, then wraps onto as many lines as it needs.
 */

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/** An estimate of Inter's widths (and 1 em for CJK), for pictures drawn without font metrics. */
export const approximateMeasure: Measure = (text, size, weight) => {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += 1;
    else if (char === ' ') em += 0.28;
    else if (/[iljtf.,:;'!|()[\]]/.test(char)) em += 0.32;
    else if (/[mwMW@%]/.test(char)) em += 0.86;
    else if (/[A-Z0-9]/.test(char) || /\p{Lu}/u.test(char)) em += 0.66;
    else em += 0.56;
  }
  return em * size * (weight >= 600 ? 1.06 : 1);
};

/** Splits text into pieces that may start a line: words, and single CJK characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/(\s+)/)) {
    if (!word) continue;
    if (!WIDE.test(word)) {
      out.push(word);
      continue;
    }
    let run = '';
    for (const char of word) {
      if (WIDE.test(char)) {
        if (run) out.push(run);
        out.push(char);
        run = '';
      } else run += char;
    }
    if (run) out.push(run);
  }
  return out;
}

/** Breaks a word too long for a line into pieces that fit. */
function breakWord(word: string, width: number, fits: (s: string) => boolean): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of word) {
    if (part && !fits(part + char)) {
      parts.push(part);
      part = char;
    } else part += char;
  }
  if (part) parts.push(part);
  return width > 0 ? parts : [word];
}

/** Lines of `text` no wider than `width`; explicit line breaks are kept. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: Weight,
  measure: Measure,
): string[] {
  const fits = (s: string) => measure(s, size, weight) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const piece of pieces(paragraph)) {
      const next = line + piece;
      if (fits(next) || (!line && /^\s+$/.test(piece))) {
        line = next;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      if (/^\s+$/.test(piece)) {
        line = '';
      } else if (fits(piece)) {
        line = piece;
      } else {
        const parts = breakWord(piece, width, fits);
        lines.push(...parts.slice(0, -1));
        line = parts[parts.length - 1] ?? '';
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

export interface Fitted {
  lines: string[];
  size: number;
}

/**
 * The largest size from `size` down to `min` at which `text` fits in `width`×`height`
 * (lines `factor` × size apart); at `min` it takes as many lines as it needs.
 */
export function fitText(
  text: string,
  box: { width: number; height: number },
  size: number,
  min: number,
  weight: Weight,
  measure: Measure,
  factor = 1.3,
): Fitted {
  for (let s = size; s > min; s = Math.max(min, s - 1)) {
    const lines = wrapText(text, box.width, s, weight, measure);
    if (lines.length * s * factor <= box.height + 0.01) return { lines, size: s };
  }
  return { lines: wrapText(text, box.width, min, weight, measure), size: min };
}
