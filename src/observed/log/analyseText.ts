import type { ColumnChoice } from './columns.ts';
import { LogAggregator, type Analysis } from './aggregate.ts';
import { LogError } from './logError.ts';
import { parseCsv } from './parseCsv.ts';
import { parseXes } from './parseXes.ts';

/*
 * An event log's text (CSV or XES, chunk by chunk) → its figures, or a LogError saying why
 * not. Pure: the server feeds it a request body, the browser's import worker a file.
 */

export type LogFormat = 'csv' | 'xes';

export interface TextOptions {
  /** Omitted: XML is XES, anything else CSV. */
  format?: LogFormat;
  /** CSV columns by role; the rest are guessed from the header. */
  columns?: ColumnChoice;
}

/** Which format text starting with `head` is: XML is XES, anything else is taken as CSV. */
export function sniffFormat(head: string): LogFormat {
  return head.trimStart().startsWith('<') ? 'xes' : 'csv';
}

/** Whether text looks binary (a NUL, or mostly undecodable bytes): neither CSV nor XES. */
export function looksBinary(head: string): boolean {
  const sample = head.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const bad = sample.split('\uFFFD').length - 1;
  return sample.length > 0 && bad / sample.length > 0.05;
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Parses and aggregates the whole log; nothing of it is kept but the figures. */
export async function analyseText(
  chunks: AsyncIterable<string>,
  options: TextOptions,
): Promise<Analysis> {
  const text = chunks[Symbol.asyncIterator]();
  let head = await text.next();
  while (!head.done && head.value === '') head = await text.next();
  if (head.done || head.value.trim() === '') throw new LogError(400, 'The file is empty');
  // A byte-order mark is not part of the first column's name.
  const first = head.value.replace(/^\uFEFF/, '');
  if (looksBinary(first))
    throw new LogError(415, 'Not an event log: the file is binary, not CSV or XES text');
  const format = options.format ?? sniffFormat(first);
  const all = prepend(first, text);
  const sink = new LogAggregator();
  if (format === 'xes') await parseXes(all, sink);
  else await parseCsv(all, options.columns ?? {}, sink);
  if (sink.eventCount === 0) throw new LogError(400, 'The log has no events');
  if (sink.timedCount === 0) {
    const { examples } = sink.finish().data.skipped;
    throw new LogError(
      400,
      `No event has a parsable timestamp (${examples.slice(0, 2).join('; ')}); timestamps must be ISO 8601, e.g. 2024-05-01T09:30:00+02:00`,
    );
  }
  return sink.finish();
}
