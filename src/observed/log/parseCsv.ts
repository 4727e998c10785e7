import Papa from 'papaparse';
import {
  COLUMN_ROLES,
  REQUIRED_ROLES,
  guessColumns,
  type ColumnChoice,
  type ColumnRole,
} from './columns.ts';
import { unusable, type LogAggregator } from './aggregate.ts';
import { LogError } from './logError.ts';
import { parseTime } from './parseTime.ts';

/*
 * A CSV event log, one row per event, parsed chunk by chunk with Papa Parse; the separator
 * (`,`, `;`, tab or `|`) is the one the header uses most. The first row is the header; the columns are the caller's
 * choice, or guessed from their names.
 */

/** The column index of each role (-1: absent). */
function locate(header: string[], choice: ColumnChoice): Record<ColumnRole, number> {
  const guessed = guessColumns(header);
  const at = {} as Record<ColumnRole, number>;
  for (const role of COLUMN_ROLES) {
    const name = choice[role] ?? guessed[role];
    const index = name === undefined ? -1 : header.indexOf(name);
    if (choice[role] !== undefined && index < 0)
      throw new LogError(
        400,
        `Line 1: no column "${choice[role]}" for the ${role} (the header has ${header.map((h) => `"${h}"`).join(', ')})`,
      );
    at[role] = index;
  }
  const missing = REQUIRED_ROLES.filter((role) => at[role] < 0);
  if (missing.length > 0)
    throw new LogError(
      400,
      `Line 1: no ${missing.join(', ')} column found in the header (${header
        .slice(0, 20)
        .map((h) => `"${h}"`)
        .join(', ')}); name them with the ${missing.join(', ')} parameters`,
    );
  return at;
}

const SEPARATORS = [',', ';', '\t', '|'];

/** The separator the header line uses most (outside quotes). */
export function guessSeparator(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  const count = (sep: string) => unquoted.split(sep).length - 1;
  return SEPARATORS.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ',');
}

/** The first line (whole: chunks may split it anywhere), then the rest of the text. */
async function headerFirst(text: AsyncIterable<string>) {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head) && head.length < 1 << 16) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  async function* all() {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { headerLine: head.split(/\r?\n/, 1)[0] ?? '', all: all() };
}

/**
 * The rows of `text`, chunk by chunk, through Papa Parse's own parser: each chunk is parsed
 * up to its last complete row and the rest carried into the next (a quoted field may span
 * chunks). Its Node stream mode pauses every 16 rows and re-splits the chunk on each resume,
 * which is quadratic in the chunk size.
 */
async function* csvRows(
  text: AsyncIterable<string>,
  delimiter: string,
): AsyncGenerator<string[][]> {
  // Full mode (not the quote-less fast path): it reports where the last complete row ends.
  const parser = new Papa.Parser({ delimiter, fastMode: false });
  let carried = '';
  let base = 0;
  const rowsOf = (input: string, last: boolean): string[][] => {
    const result = parser.parse(input, base, !last) as {
      data: string[][];
      meta: { cursor: number };
    };
    carried = last ? '' : input.slice(result.meta.cursor - base);
    base = result.meta.cursor;
    return result.data;
  };
  // A chunk's rows together: one await per chunk, not per row.
  for await (const chunk of text) yield rowsOf(carried + chunk, false);
  yield rowsOf(carried, true);
}

/** Feeds every row of `text` to `sink`. */
export async function parseCsv(
  text: AsyncIterable<string>,
  choice: ColumnChoice,
  sink: LogAggregator,
): Promise<void> {
  const { headerLine, all } = await headerFirst(text);
  const rows = csvRows(all, guessSeparator(headerLine));
  let at: Record<ColumnRole, number> | null = null;
  let width = 0;
  let line = 0;
  const cell = (row: string[], index: number) => (index >= 0 ? (row[index] ?? '').trim() : null);
  for await (const batch of rows) {
    for (const row of batch) {
      // Blank lines are not events (a trailing newline, a gap in a hand-made file).
      if (row.length === 1 && row[0]!.trim() === '') continue;
      line++;
      if (!at) {
        at = locate(
          row.map((h) => h.trim()),
          choice,
        );
        width = row.length;
        continue;
      }
      if (row.length <= Math.max(at.case, at.activity, at.timestamp))
        throw new LogError(
          400,
          `Line ${line}: ${row.length} field${row.length === 1 ? '' : 's'} where the header has ${width} (an unclosed quote or a missing separator?)`,
        );
      const stamp = cell(row, at.timestamp)!;
      const caseId = cell(row, at.case)!;
      const activity = cell(row, at.activity)!;
      const time = stamp ? parseTime(stamp) : NaN;
      if (caseId && activity && Number.isFinite(time))
        sink.addFields(caseId, activity, time, cell(row, at.channel), cell(row, at.lifecycle));
      else
        sink.skip(
          unusable(
            { caseId, activity, time },
            () => `line ${line}${stamp ? ` ("${stamp.slice(0, 40)}")` : ''}`,
          )!,
        );
    }
  }
  if (!at) throw new LogError(400, 'The CSV file has no header row');
}
