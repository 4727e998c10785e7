import { parentPort } from 'node:worker_threads';
import { JOBS, type JobName } from './jobs.ts';

/* A conversion worker: runs one job per message and answers with its result or error. */

/** A job as the pool sends it. */
export interface JobMessage {
  id: number;
  job: JobName;
  input: unknown;
}

/** A job's answer: its result, or the message of what it threw. */
export type JobAnswer = { id: number; result: unknown } | { id: number; error: string };

// Typed arrays that own their whole buffer move to the main thread instead of being copied.
function transferables(value: unknown, into: ArrayBuffer[] = []): ArrayBuffer[] {
  if (value instanceof Uint8Array) {
    const { buffer } = value;
    if (
      buffer instanceof ArrayBuffer &&
      value.byteOffset === 0 &&
      value.byteLength === buffer.byteLength
    )
      into.push(buffer);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) transferables(item, into);
  }
  return into;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread (see pool.ts)');

port.on('message', ({ id, job, input }: JobMessage) => {
  let answer: JobAnswer;
  try {
    const run = JOBS[job] as (input: unknown) => unknown;
    answer = { id, result: run(input) };
  } catch (error) {
    answer = { id, error: (error as Error)?.message ?? String(error) };
  }
  port.postMessage(answer, 'result' in answer ? transferables(answer.result) : []);
});
