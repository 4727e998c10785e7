import { parentPort } from 'node:worker_threads';
import type { LogCounts } from './aggregate.ts';
import { analyseLog, type AnalyseOptions } from './analyse.ts';
import { LogError } from './logError.ts';

/*
 * An import worker: one event log per thread. The main thread streams the request body in as
 * chunks; the worker parses as they come and answers with the figures as JSON bytes (moved,
 * not copied) or the reason the log was refused.
 */

/** What the main thread sends. */
export type ToWorker =
  | { type: 'start'; options: AnalyseOptions }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' };

/** What the worker answers, once. */
export type FromWorker =
  | { type: 'done'; counts: LogCounts; data: Uint8Array }
  | { type: 'refused'; status: LogError['status']; message: string }
  | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (see importer.ts)');

// Chunks wait here until the parser asks for them.
const queue: Uint8Array[] = [];
let ended = false;
let wake: (() => void) | null = null;

async function* chunks(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const next = queue.shift();
    if (next) yield next;
    else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

function answer(message: FromWorker) {
  port!.postMessage(message, message.type === 'done' ? [message.data.buffer as ArrayBuffer] : []);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'chunk') queue.push(message.bytes);
  else if (message.type === 'end') ended = true;
  else {
    analyseLog(chunks(), message.options).then(
      ({ data, ...counts }) =>
        answer({ type: 'done', counts, data: new TextEncoder().encode(JSON.stringify(data)) }),
      (error: unknown) =>
        answer(
          error instanceof LogError
            ? { type: 'refused', status: error.status, message: error.message }
            : { type: 'failed', message: (error as Error)?.message ?? String(error) },
        ),
    );
  }
  wake?.();
  wake = null;
});
