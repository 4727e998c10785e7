import type { Analysis } from '../../../src/observed/log/aggregate.ts';
import { analyseText, type TextOptions } from '../../../src/observed/log/analyseText.ts';
import { bodyText } from './decode.ts';

/* An event log's bytes (plain or gzip, CSV or XES) → its figures, or a LogError saying why not. */

export type { LogFormat } from '../../../src/observed/log/analyseText.ts';

export interface AnalyseOptions extends TextOptions {
  /** Largest log accepted, in bytes of text (after inflating). */
  maxBytes: number;
}

/** Parses and aggregates the whole log; nothing of it is kept but the figures. */
export function analyseLog(
  chunks: AsyncIterable<Uint8Array>,
  options: AnalyseOptions,
): Promise<Analysis> {
  return analyseText(bodyText(chunks, options.maxBytes), options);
}
