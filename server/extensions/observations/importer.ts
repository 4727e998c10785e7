import { Worker } from 'node:worker_threads';
import type { LogCounts } from './aggregate.ts';
import { analyseLog, type AnalyseOptions } from './analyse.ts';
import { LogError } from './logError.ts';
import type { FromWorker, ToWorker } from './worker.ts';

/*
 * Runs event-log imports off the event loop: each import gets a worker thread of its own,
 * the request body streamed into it chunk by chunk (moved, not copied), so a 200 MB log is
 * never held whole and parsing it never stalls the server's connections. A few imports run
 * at once; the others wait their turn.
 */

/** What an import came to: the summary counts and the aggregates as UTF-8 JSON. */
export interface Imported {
  counts: LogCounts;
  data: Uint8Array;
}

export interface Importer {
  /** Parses and aggregates `body`; rejects with a LogError when the log is refused. */
  run(
    body: AsyncIterable<Uint8Array>,
    options: AnalyseOptions,
    signal?: AbortSignal,
  ): Promise<Imported>;
  close(): Promise<void>;
}

const entry = new URL('./worker.mjs', import.meta.url);

function inWorker(body: AsyncIterable<Uint8Array>, options: AnalyseOptions, signal?: AbortSignal) {
  return new Promise<Imported>((resolve, reject) => {
    const worker = new Worker(entry);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    const send = (message: ToWorker, transfer: ArrayBuffer[] = []) =>
      worker.postMessage(message, transfer);
    worker.on('message', (answer: FromWorker) => {
      if (answer.type === 'done')
        settle(() => resolve({ counts: answer.counts, data: answer.data }));
      else if (answer.type === 'refused')
        settle(() => reject(new LogError(answer.status, answer.message)));
      else settle(() => reject(new Error(answer.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`Import worker stopped (exit code ${code})`))),
    );
    signal?.addEventListener('abort', () =>
      settle(() => reject(new LogError(400, 'The upload was cancelled'))),
    );
    send({ type: 'start', options });
    void (async () => {
      try {
        for await (const chunk of body) {
          if (settled) return;
          // A copy that owns its buffer, so it can move to the worker.
          const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
          const bytes = own ? chunk : chunk.slice();
          send({ type: 'chunk', bytes }, [bytes.buffer as ArrayBuffer]);
        }
        if (!settled) send({ type: 'end' });
      } catch (error) {
        settle(() => reject(new LogError(400, `The upload failed: ${(error as Error).message}`)));
      }
    })();
  });
}

/** Imports on at most `workers` threads at once; 0 parses on the calling thread (tests). */
export function createImporter(workers: number): Importer {
  let running = 0;
  const waiting: (() => void)[] = [];
  const turn = async () => {
    if (running >= Math.max(1, workers)) await new Promise<void>((go) => waiting.push(go));
    running++;
  };
  const done = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    run: async (body, options, signal) => {
      await turn();
      try {
        if (workers > 0) return await inWorker(body, options, signal);
        const { data, ...counts } = await analyseLog(body, options);
        return { counts, data: new TextEncoder().encode(JSON.stringify(data)) };
      } finally {
        done();
      }
    },
    close: async () => {},
  };
}
