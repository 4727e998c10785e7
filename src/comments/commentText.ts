/*
 * Comment text is plain text in which a mention is stored as `@[personId]`, so a
 * renamed person still shows under their current name. Rendering turns text into
 * segments; nothing in a comment is ever interpreted as markup.
 */

export type Segment =
  | { type: 'text'; text: string }
  | { type: 'mention'; personId: string }
  | { type: 'link'; href: string };

const TOKEN = /@\[([A-Za-z0-9_-]{1,64})\]|(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]])/g;

/** Splits stored text into plain text, mentions and http(s) links. */
export function parseComment(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    if (match[1]) out.push({ type: 'mention', personId: match[1] });
    else out.push({ type: 'link', href: match[2]! });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/**
 * Turns what the composer shows ("thanks @Maya Chen") into stored text, replacing
 * each picked person's "@Name" with their reference. Returns the ids mentioned.
 */
export function encodeMentions(
  display: string,
  picked: readonly { id: string; name: string }[],
): { text: string; mentions: string[] } {
  let text = display;
  const mentions: string[] = [];
  // Longer names first, so "@Sam Okafor" wins over "@Sam".
  for (const person of [...picked].sort((a, b) => b.name.length - a.name.length)) {
    const handle = `@${person.name}`;
    if (!text.includes(handle)) continue;
    text = text.split(handle).join(`@[${person.id}]`);
    mentions.push(person.id);
  }
  return { text, mentions };
}

/** Shows stored text in the composer again, for editing. */
export function decodeMentions(text: string, nameOf: (id: string) => string): string {
  return text.replace(/@\[([A-Za-z0-9_-]{1,64})\]/g, (_, id: string) => `@${nameOf(id)}`);
}
