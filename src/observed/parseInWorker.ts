import type { LogCounts } from './log/aggregate.ts';
import type { TextOptions } from './log/analyseText.ts';
import type { FromImportWorker, ToImportWorker } from './log/importWorker.ts';

/*
 * Parsing an event log in a Web Worker, so the page stays responsive: the share read as it
 * goes, then the summary counts and the set as JSON bytes to send. Cancelling stops the
 * worker at once.
 */

/** Largest log parsed in the browser, in bytes of text (the server's default limit). */
export const MAX_LOG_BYTES = 200 * 1024 * 1024;

export interface Parsed {
  counts: LogCounts;
  /** The set as the server takes it (OBSERVATION_SET_TYPE). */
  body: Uint8Array;
  parseMs: number;
}

export interface Parsing {
  /** Resolves with the figures; rejects with the reason the log was refused, or cancelled. */
  done: Promise<Parsed>;
  cancel(): void;
}

export function parseInWorker(
  file: File,
  options: TextOptions,
  onProgress: (share: number) => void,
): Parsing {
  const worker = new Worker(new URL('./log/importWorker.ts', import.meta.url), {
    type: 'module',
    name: 'event log import',
  });
  let cancel = () => {};
  const done = new Promise<Parsed>((resolve, reject) => {
    const stop = (fn: () => void) => {
      worker.terminate();
      fn();
    };
    cancel = () => stop(() => reject(new Error('Import cancelled')));
    worker.onmessage = ({ data }: MessageEvent<FromImportWorker>) => {
      if (data.type === 'progress') onProgress(data.share);
      else if (data.type === 'done')
        stop(() => resolve({ counts: data.counts, body: data.body, parseMs: data.parseMs }));
      else stop(() => reject(new Error(data.message)));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop(() => reject(new Error(`The import could not run: ${event.message || 'worker error'}`)));
    };
    const message: ToImportWorker = { file, options, maxBytes: MAX_LOG_BYTES };
    worker.postMessage(message);
  });
  return { done, cancel: () => cancel() };
}
