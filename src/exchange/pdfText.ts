/*
 * The PDF uses the standard Helvetica font, which every viewer has and which adds
 * nothing to the file, but which only covers Latin-1. jsPDF garbles a whole string
 * when one character falls outside it, so text is brought into range first:
 * typographic punctuation to its plain twin, accents off letters that lack a
 * Latin-1 form, and anything else (emoji, other scripts) to "?".
 */

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': ',',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2026': '...',
  '\u2022': '\u00b7',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u20ac': 'EUR',
  '\u2122': '(TM)',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
  '\u0152': 'OE',
  '\u0153': 'oe',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

const isLatin1 = (code: number) => (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);

/** The text as Helvetica can show it; line breaks and tabs become spaces. */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (isLatin1(code)) out += char;
    else if (char in REPLACEMENTS) out += REPLACEMENTS[char];
    else {
      // "ő" → "o" + combining mark: keep the letter when it is in range.
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every((c) => isLatin1(c.codePointAt(0)!)) ? base : '?';
    }
  }
  // Runs of "?" from an emoji's parts read as one.
  return out.replace(/\?{2,}/g, '?');
}
