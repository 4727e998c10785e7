/// <reference lib="webworker" />
import type { LogCounts } from './aggregate.ts';
import { analyseText, type TextOptions } from './analyseText.ts';
import { fileText } from './fileText.ts';
import { LogError } from './logError.ts';

/*
 * The browser's import worker: reads an event log file, parses and aggregates it off the main
 * thread (the same code as the server's), reports the share read, and answers with the
 * summary counts and the whole set as JSON bytes, moved rather than copied, ready to send.
 * The page cancels by terminating the worker.
 */

export interface ToImportWorker {
  file: File;
  options: TextOptions;
  maxBytes: number;
}

export type FromImportWorker =
  | { type: 'progress'; share: number }
  | { type: 'done'; counts: LogCounts; body: Uint8Array; parseMs: number }
  | { type: 'refused'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const say = (message: FromImportWorker, transfer: Transferable[] = []) =>
  scope.postMessage(message, transfer);

scope.onmessage = async ({ data }: MessageEvent<ToImportWorker>) => {
  const started = performance.now();
  let reported = 0;
  const onRead = (share: number) => {
    // A message per percent at most.
    if (share - reported >= 0.01 || share === 1) {
      reported = share;
      say({ type: 'progress', share });
    }
  };
  try {
    const { data: figures, ...counts } = await analyseText(
      fileText(data.file, data.maxBytes, onRead),
      data.options,
    );
    const parseMs = Math.round(performance.now() - started);
    const body = new TextEncoder().encode(JSON.stringify({ ...counts, parseMs, data: figures }));
    say({ type: 'done', counts, body, parseMs }, [body.buffer]);
  } catch (error) {
    say({
      type: 'refused',
      message:
        error instanceof LogError ? error.message : `The file cannot be read: ${String(error)}`,
    });
  }
};
