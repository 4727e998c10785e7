import type { TrailEntry } from '../doc/index.ts';
import { fieldName, valueText } from '../ui/changeText.ts';

/*
 * The activity trail in words: "Alice → “X” at 10:40 (overwritten by Bob at 10:42)".
 */

export interface TrailField {
  field: string;
  /** "Title", "Owner". */
  label: string;
  /** Newest first. */
  lines: string[];
  overwritten: number;
}

export interface TrailWords {
  /** A person's name by id (owners), for values that are ids. */
  nameOfPerson: (id: string) => string | null;
  /** A connected colleague's name by document client id, if known. */
  nameOfClient: (client: number) => string | null;
  /** "10:42". */
  time: (at: number) => string;
}

const quoted = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

/** Who wrote as `client`: from the mark, any entry of theirs in this trail, or presence. */
function writerName(
  client: number,
  named: string | null,
  all: readonly TrailEntry[],
  w: TrailWords,
) {
  return (
    named ?? all.find((e) => e.client === client)?.by ?? w.nameOfClient(client) ?? 'a colleague'
  );
}

/** One entry as a line. */
export function trailLine(entry: TrailEntry, all: readonly TrailEntry[], w: TrailWords): string {
  const value =
    typeof entry.value === 'string' && entry.value && entry.field !== 'ownerId'
      ? quoted(entry.value)
      : valueText(entry, entry.value, w.nameOfPerson);
  const line = `${entry.by} → ${value} at ${w.time(entry.at)}`;
  const o = entry.overwrittenBy;
  if (!o) return line;
  return `${line} (overwritten by ${writerName(o.client, o.name, all, w)} at ${w.time(o.at)})`;
}

/** The trail of one item grouped by field, the most recently touched field first. */
export function trailByField(entries: readonly TrailEntry[], w: TrailWords): TrailField[] {
  const fields = new Map<string, TrailEntry[]>();
  for (const e of entries) fields.set(e.field, [...(fields.get(e.field) ?? []), e]);
  return [...fields].map(([field, list]) => ({
    field,
    label: fieldName(field),
    lines: list.map((e) => trailLine(e, entries, w)),
    overwritten: list.filter((e) => e.overwrittenBy).length,
  }));
}

/** "10:42" in the reader's time zone (or the one given, for tests). */
export function clockTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    at,
  );
}
