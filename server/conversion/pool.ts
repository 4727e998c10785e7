import { Worker } from 'node:worker_threads';
import type { JobAnswer, JobMessage } from './worker.ts';

/*
 * A small pool of worker threads, started when first needed: each runs one job at a time,
 * the rest wait in order. A worker that dies fails only the job it was running, and the next
 * job starts a fresh one.
 */

interface Job {
  message: JobMessage;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** Runs jobs on at most `size` worker threads loaded from `entry`. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private lastId = 0;
  private closed = false;

  constructor(
    private readonly entry: URL,
    private readonly size: number,
  ) {}

  /** Runs `job` on `input` in a worker; resolves with its result. */
  run<T>(job: JobMessage['job'], input: unknown): Promise<T> {
    if (this.closed) return Promise.reject(new Error('Worker pool closed'));
    return new Promise<T>((resolve, reject) => {
      const message = { id: ++this.lastId, job, input };
      this.queue.push({ message, resolve: resolve as (result: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** Workers running (busy or idle); for tests and diagnostics. */
  get threads(): number {
    return this.slots.length;
  }

  /** Fails the waiting jobs and stops every worker (their running jobs fail too). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('Worker pool closed'));
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.closed) {
      const slot = this.slots.find((s) => s.job === null) ?? this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.message);
    }
  }

  private spawn(): Slot | null {
    if (this.slots.length >= this.size) return null;
    const worker = new Worker(this.entry);
    const slot: Slot = { worker, job: null };
    worker.on('message', (answer: JobAnswer) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.message.id === answer.id) {
        if ('error' in answer) job.reject(new Error(answer.error));
        else job.resolve(answer.result);
      }
      this.dispatch();
    });
    // An uncaught error ends the worker ('exit' follows): its job fails, the others go on.
    worker.on('error', (error) => this.lose(slot, error));
    worker.on('exit', (code) => this.lose(slot, new Error(`Worker stopped (exit code ${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private lose(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    const job = slot.job;
    slot.job = null;
    job?.reject(error);
    this.dispatch();
  }
}
