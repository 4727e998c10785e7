/*
 * What Mermaid does to a diagram's text before its parser sees it: line endings, front matter
 * (its `title` names the diagram unless a `title` statement does), `%%{init: …}%%`
 * directives, and entity codes (`#58;`, `#colon;`), which it protects from the lexer and turns
 * back into characters when it draws. Removed parts leave their newlines, so line numbers in
 * problems stay those of the original text.
 */

const FRONT_MATTER = /^-{3}\s*\n([\s\S]*?)\n-{3}\s*\n+/;
const DIRECTIVE = /%%\{[\s\S]*?\}%%/g;
const ENTITY = /#(\w+);/g;

// The named entities Mermaid's output can hold that matter in journey names (HTML names).
const NAMED: Record<string, string> = {
  colon: ':',
  semi: ';',
  num: '#',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  comma: ',',
  percnt: '%',
  nbsp: '\u00a0',
  lbrace: '{',
  rbrace: '}',
};

// Private-use characters stand for decoded entities while the text is lexed.
const OPEN = '\ue000';
const CLOSE = '\ue001';

export interface Prepared {
  text: string;
  frontTitle: string | null;
  /** Turns placeholders in a lexed value back into the characters they stand for. */
  decode(value: string): string;
}

const keepLines = (removed: string) => removed.replace(/[^\n]/g, '');

function titleOf(yaml: string): string | null {
  const line = /^title:[ \t]*(.*)$/m.exec(yaml)?.[1]?.trim();
  if (!line) return null;
  const quoted = /^(["'])(.*)\1$/.exec(line);
  return quoted ? quoted[2]! : line;
}

export function prepare(source: string): Prepared {
  let text = source.replace(/\r\n?/g, '\n');
  let frontTitle: string | null = null;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    frontTitle = titleOf(front[1]!);
    text = keepLines(front[0]) + text.slice(front[0].length);
  }
  text = text.replace(DIRECTIVE, keepLines);
  const decoded: string[] = [];
  text = text.replace(ENTITY, (whole, name: string) => {
    const char = /^\d+$/.test(name)
      ? String.fromCodePoint(Math.min(Number(name), 0x10ffff))
      : NAMED[name.toLowerCase()];
    if (char === undefined) return whole;
    decoded.push(char);
    return `${OPEN}${decoded.length - 1}${CLOSE}`;
  });
  const placeholder = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  return {
    text,
    frontTitle,
    decode: (value) => value.replace(placeholder, (_, i: string) => decoded[Number(i)] ?? ''),
  };
}
