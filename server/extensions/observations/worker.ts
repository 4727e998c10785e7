import { parentPort } from 'node:worker_threads';
import type { LogCounts } from '../../../src/observed/log/aggregate.ts';
import { analyseLog, type AnalyseOptions } from './analyse.ts';
import { LogError } from '../../../src/observed/log/logError.ts';

/*
 * An import worker: one event log at a time, and kept for the next (starting a thread and
 * loading the parsers costs more than a small log). The main thread streams the request body
 * in as chunks; the worker parses as they come and answers with the figures as JSON bytes
 * (moved, not copied) or the reason the log was refused. Messages carry the import's number,
 * so chunks still on their way for an import that was refused are dropped.
 */

/** What the main thread sends. */
export type ToWorker =
  | { type: 'start'; id: number; options: AnalyseOptions }
  | { type: 'chunk'; id: number; bytes: Uint8Array }
  | { type: 'end'; id: number };

/** What the worker answers, once per import. */
export type FromWorker =
  | { type: 'done'; id: number; counts: LogCounts; data: Uint8Array }
  | { type: 'refused'; id: number; status: LogError['status']; message: string }
  | { type: 'failed'; id: number; message: string };

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (see importer.ts)');

/** The import under way: its chunks wait here until the parser asks for them. */
interface Current {
  id: number;
  queue: Uint8Array[];
  ended: boolean;
  wake: (() => void) | null;
}

let current: Current | null = null;

async function* chunks(state: Current): AsyncGenerator<Uint8Array> {
  for (;;) {
    const next = state.queue.shift();
    if (next) yield next;
    else if (state.ended) return;
    else await new Promise<void>((resolve) => (state.wake = resolve));
  }
}

function answer(message: FromWorker) {
  port!.postMessage(message, message.type === 'done' ? [message.data.buffer as ArrayBuffer] : []);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'start') {
    const state: Current = { id: message.id, queue: [], ended: false, wake: null };
    current = state;
    const { id } = message;
    analyseLog(chunks(state), message.options).then(
      ({ data, ...counts }) =>
        answer({ type: 'done', id, counts, data: new TextEncoder().encode(JSON.stringify(data)) }),
      (error: unknown) =>
        answer(
          error instanceof LogError
            ? { type: 'refused', id, status: error.status, message: error.message }
            : { type: 'failed', id, message: (error as Error)?.message ?? String(error) },
        ),
    );
    return;
  }
  const state = current;
  if (!state || state.id !== message.id) return;
  if (message.type === 'chunk') state.queue.push(message.bytes);
  else state.ended = true;
  state.wake?.();
  state.wake = null;
});
