/* Waiting for a condition rather than sleeping: poll until it holds, fail clearly at a deadline. */

export interface WaitOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** What is awaited, for the failure message ("every client's connection to close"). */
  what: string;
  /** Pause between polls. */
  intervalMs?: number;
}

/**
 * Polls `condition` (which may be async, such as an HTTP request) until it returns true; throws
 * "timed out after N ms waiting for <what>" once `timeoutMs` has passed without it holding.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs, what, intervalMs = 20 }: WaitOptions,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
