import type { ColumnChoice } from '../../../src/observed/log/columns.ts';
import { LogAggregator, type Analysis } from './aggregate.ts';
import { bodyText, looksBinary, sniffFormat } from './decode.ts';
import { LogError } from './logError.ts';
import { parseCsv } from './parseCsv.ts';
import { parseXes } from './parseXes.ts';

/* An event log's bytes (plain or gzip, CSV or XES) → its figures, or a LogError saying why not. */

export type LogFormat = 'csv' | 'xes';

export interface AnalyseOptions {
  /** Omitted: XML is XES, anything else CSV. */
  format?: LogFormat;
  /** CSV columns by role; the rest are guessed from the header. */
  columns?: ColumnChoice;
  /** Largest log accepted, in bytes of text (after inflating). */
  maxBytes: number;
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
export async function analyseLog(
  chunks: AsyncIterable<Uint8Array>,
  options: AnalyseOptions,
): Promise<Analysis> {
  const text = bodyText(chunks, options.maxBytes)[Symbol.asyncIterator]();
  const head = await text.next();
  if (head.done || head.value.trim() === '') throw new LogError(400, 'The file is empty');
  if (looksBinary(head.value))
    throw new LogError(415, 'Not an event log: the file is binary, not CSV or XES text');
  const format = options.format ?? sniffFormat(head.value);
  const all = prepend(head.value, text);
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
