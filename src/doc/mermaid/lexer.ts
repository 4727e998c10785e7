/*
 * The lexer of Mermaid's `journey` diagram, rule for rule as its Jison grammar has it
 * (mermaid-js/mermaid, packages/mermaid/src/diagrams/user-journey/parser/journey.jison):
 * case-insensitive, and at each position the first rule that matches wins, as in Jison.
 */

export type TokenKind =
  | 'newline'
  | 'journey'
  | 'title'
  | 'accTitle'
  | 'accDescr'
  | 'section'
  | 'taskName'
  | 'taskData'
  | 'colon'
  | 'invalid';

export interface Token {
  kind: TokenKind;
  /** The statement's value (title, section, task name or data, acc values) as matched. */
  text: string;
  /** 1-based line where the token starts. */
  line: number;
}

type Rule = [RegExp, TokenKind | null | 'accTitleStart' | 'accDescrStart' | 'accDescrBlock'];

// `null`: skipped. Sticky regexes, tried in this order at the current position.
const RULES: Rule[] = [
  [/%%(?!\{)[^\n]*/iy, null],
  [/[^}]%%[^\n]*/iy, null],
  [/\n+/iy, 'newline'],
  [/\s+/iy, null],
  [/#[^\n]*/iy, null],
  [/journey/iy, 'journey'],
  [/title\s[^#\n;]+/iy, 'title'],
  [/accTitle\s*:\s*/iy, 'accTitleStart'],
  [/accDescr\s*:\s*/iy, 'accDescrStart'],
  [/accDescr\s*\{\s*/iy, 'accDescrBlock'],
  [/section\s[^#:\n;]+/iy, 'section'],
  [/[^#:\n;]+/iy, 'taskName'],
  [/:[^#\n;]+/iy, 'taskData'],
  [/:/iy, 'colon'],
  [/./iy, 'invalid'],
];

// After `accTitle:` or `accDescr:`, the rest of the line; in a block, all up to `}`.
const REST_OF_LINE = /[^\n]*/y;
const BLOCK = /[^}]*/y;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

const linesIn = (s: string) => s.split('\n').length - 1;

/** The tokens of `text` (already rid of front matter and directives, entities encoded). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let line = 1;
  const push = (kind: TokenKind, value: string) => tokens.push({ kind, text: value, line });
  while (at < text.length) {
    let matched = false;
    for (const [re, kind] of RULES) {
      const found = matchAt(re, text, at);
      if (found === null || found.length === 0) continue;
      matched = true;
      if (kind === 'title') push('title', found.slice(6));
      else if (kind === 'section') push('section', found.slice(8));
      else if (kind === 'accTitleStart' || kind === 'accDescrStart') {
        const value = matchAt(REST_OF_LINE, text, at + found.length) ?? '';
        push(kind === 'accTitleStart' ? 'accTitle' : 'accDescr', value.trim());
        at += found.length + value.length;
        line += linesIn(found);
        break;
      } else if (kind === 'accDescrBlock') {
        const value = matchAt(BLOCK, text, at + found.length) ?? '';
        push('accDescr', value.trim());
        const closing = text[at + found.length + value.length] === '}' ? 1 : 0;
        at += found.length + value.length + closing;
        line += linesIn(found + value);
        break;
      } else if (kind) push(kind, found);
      at += found.length;
      line += linesIn(found);
      break;
    }
    if (!matched) break;
  }
  return tokens;
}
