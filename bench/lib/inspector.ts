import WebSocket from 'ws';

/*
 * The V8 inspector of a server child (started with --inspect=127.0.0.1:0): lets the memory
 * benchmark force a full garbage collection in either server before reading RSS, so that
 * "memory after everyone left" compares what is retained, not when V8 last felt like collecting.
 */

const DEBUGGER = /Debugger listening on (ws:\/\/\S+)/;

/** The inspector URL printed by a process started with --inspect, or null. */
export function inspectorUrl(output: string): string | null {
  return DEBUGGER.exec(output)?.[1] ?? null;
}

/** Sends one DevTools protocol command and resolves with its result. */
export function cdpCall(url: string, method: string, params: object = {}): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`inspector ${method} timed out`));
    }, 30_000);
    socket.on('open', () => socket.send(JSON.stringify({ id: 1, method, params })));
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as {
        id?: number;
        result?: unknown;
        error?: unknown;
      };
      if (message.id !== 1) return;
      clearTimeout(timer);
      socket.close();
      if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
      else resolve(message.result);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Forces a full, compacting garbage collection in the inspected process. */
export async function collectGarbage(url: string): Promise<void> {
  await cdpCall(url, 'HeapProfiler.collectGarbage');
}

/** Forces a full GC, then reads the process's V8 heap in use, in MiB. */
export async function heapUsedAfterGc(url: string): Promise<number> {
  await collectGarbage(url);
  const result = (await cdpCall(url, 'Runtime.evaluate', {
    expression: 'process.memoryUsage().heapUsed',
    returnByValue: true,
  })) as { result: { value: number } };
  return result.result.value / 2 ** 20;
}
