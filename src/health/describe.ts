import type { CardData, MapState } from '../doc/index.ts';

/* How findings name things: short, quoted, with a fallback for blank names. */

export const quote = (text: string, fallback: string) => `“${text.trim() || fallback}”`;

export const cardName = (card: Pick<CardData, 'title'>) => quote(card.title, 'Untitled card');

/** Stage names by id, for "… in Awareness". */
export function stageNames(map: MapState): Map<string, string> {
  return new Map(map.stages.map((s) => [s.id, s.name.trim() || 'an untitled stage']));
}

/** "A, B and C". */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "64 %", "4.5/5", "3 days". */
export function formatValue(value: number, unit: string): string {
  const spaced = unit && !['%', '/5', '/10'].includes(unit) ? ` ${unit}` : unit;
  return `${number.format(value)}${spaced}`;
}

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD, or longer ISO strings); null if unreadable. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(to.slice(0, 10));
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.round((b - a) / DAY);
}
