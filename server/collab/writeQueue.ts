/*
 * A room's ordered group commit. Updates are applied to the document at once and queued
 * here; the updates queued in one event-loop turn (and those that arrive while a write is
 * under way) are stored together, in order, and only then published. Anything that must not
 * reveal an unstored update (a sync answer, an HTTP reply) waits with `afterDurable`.
 */

export interface WriteQueueOptions<E> {
  /** Stores a batch durably; a rejection fails the queue. */
  store(batch: readonly E[]): Promise<void>;
  /** Runs after a batch is stored: relays it. */
  publish(batch: readonly E[]): void;
  /** The store failed: nothing queued will be stored, and the room must go. */
  fail(error: unknown): void;
}

interface Waiter {
  /** Durable once this many entries are. */
  after: number;
  run(): void;
  abort(error: unknown): void;
}

export class WriteQueue<E> {
  private queued: E[] = [];
  private writing = false;
  private scheduled = false;
  private failed: unknown = null;
  private pushed = 0;
  private stored = 0;
  private readonly waiters: Waiter[] = [];

  constructor(private readonly options: WriteQueueOptions<E>) {}

  /** Whether everything pushed is stored. */
  get idle(): boolean {
    return this.pushed === this.stored;
  }

  push(entry: E): void {
    if (this.failed) return;
    this.queued.push(entry);
    this.pushed++;
    if (this.writing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.write);
  }

  /** Runs `run` once everything pushed so far is stored (at once if it is). */
  afterDurable(run: () => void, abort: (error: unknown) => void = () => {}): void {
    if (this.failed) abort(this.failed);
    else if (this.idle) run();
    else this.waiters.push({ after: this.pushed, run, abort });
  }

  /** Resolves once everything pushed so far is stored; rejects if storing failed. */
  durable(): Promise<void> {
    return new Promise((resolve, reject) => this.afterDurable(resolve, reject));
  }

  /** Stops: nothing more is written, and waiters are told. */
  stop(error: unknown): void {
    if (this.failed) return;
    this.failed = error;
    this.queued = [];
    for (const waiter of this.waiters.splice(0)) waiter.abort(error);
  }

  private readonly write = async (): Promise<void> => {
    this.scheduled = false;
    if (this.failed || this.queued.length === 0) return;
    const batch = this.queued;
    this.queued = [];
    this.writing = true;
    try {
      await this.options.store(batch);
    } catch (error) {
      this.writing = false;
      this.stop(error);
      this.options.fail(error);
      return;
    }
    this.writing = false;
    if (this.failed) return;
    this.stored += batch.length;
    this.options.publish(batch);
    while (this.waiters.length > 0 && this.waiters[0]!.after <= this.stored)
      this.waiters.shift()!.run();
    // What arrived during the write is already late: write it now rather than next turn.
    if (this.queued.length > 0) void this.write();
  };
}
