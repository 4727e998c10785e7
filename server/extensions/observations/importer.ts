import { Worker } from 'node:worker_threads';
import type { LogCounts } from '../../../src/observed/log/aggregate.ts';
import { analyseLog, type AnalyseOptions } from './analyse.ts';
import { LogError } from '../../../src/observed/log/logError.ts';
import type { FromWorker, ToWorker } from './worker.ts';

/*
 * Runs event-log imports off the event loop, in worker threads kept between imports: the
 * request body is streamed into one chunk by chunk (moved, not copied), so a 200 MB log is
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

/** Workers between imports, kept so the next import does not start (and load) a thread. */
class Workers {
  private readonly idle: Worker[] = [];
  private lastId = 0;
  private closed = false;

  nextId(): number {
    return ++this.lastId;
  }

  take(): Worker {
    return this.idle.pop() ?? new Worker(entry);
  }

  /** A worker whose import ended with an answer goes back; any other is stopped. */
  give(worker: Worker, reusable: boolean): void {
    if (reusable && !this.closed) this.idle.push(worker);
    else void worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}

function inWorker(
  workers: Workers,
  body: AsyncIterable<Uint8Array>,
  options: AnalyseOptions,
  signal?: AbortSignal,
) {
  return new Promise<Imported>((resolve, reject) => {
    const worker = workers.take();
    const id = workers.nextId();
    let settled = false;
    const settle = (fn: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      workers.give(worker, reusable);
      fn();
    };
    const send = (message: ToWorker, transfer: ArrayBuffer[] = []) =>
      worker.postMessage(message, transfer);
    const onMessage = (answer: FromWorker) => {
      if (answer.id !== id) return;
      if (answer.type === 'done')
        settle(() => resolve({ counts: answer.counts, data: answer.data }), true);
      else if (answer.type === 'refused')
        settle(() => reject(new LogError(answer.status, answer.message)), true);
      else settle(() => reject(new Error(answer.message)), false);
    };
    const onError = (error: Error) => settle(() => reject(error), false);
    const onExit = (code: number) =>
      settle(() => reject(new Error(`Import worker stopped (exit code ${code})`)), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', () =>
      settle(() => reject(new LogError(400, 'The upload was cancelled')), false),
    );
    send({ type: 'start', id, options });
    void (async () => {
      try {
        for await (const chunk of body) {
          if (settled) return;
          // A copy that owns its buffer, so it can move to the worker.
          const own = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
          const bytes = own ? chunk : chunk.slice();
          send({ type: 'chunk', id, bytes }, [bytes.buffer as ArrayBuffer]);
        }
        if (!settled) send({ type: 'end', id });
      } catch (error) {
        const refusal =
          error instanceof LogError
            ? error
            : new LogError(400, `The upload failed: ${(error as Error).message}`);
        settle(() => reject(refusal), false);
      }
    })();
  });
}

/** Imports on at most `workers` threads at once; 0 parses on the calling thread (tests). */
export function createImporter(workers: number): Importer {
  const pool = new Workers();
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
        if (workers > 0) return await inWorker(pool, body, options, signal);
        const { data, ...counts } = await analyseLog(body, options);
        return { counts, data: new TextEncoder().encode(JSON.stringify(data)) };
      } finally {
        done();
      }
    },
    close: () => pool.close(),
  };
}
