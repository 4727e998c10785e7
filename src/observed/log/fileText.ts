import { LogError } from './logError.ts';

/*
 * A file's text, chunk by chunk, in the browser: gzip recognised by its magic bytes and
 * inflated natively on the way, the size counted after inflating, the share of the file read
 * reported as it goes.
 */

export async function* fileText(
  file: Blob,
  maxBytes: number,
  onRead: (share: number) => void,
): AsyncGenerator<string> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  let read = 0;
  const counted = file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        read += chunk.byteLength;
        onRead(file.size > 0 ? read / file.size : 1);
        out.enqueue(chunk);
      },
    }),
  );
  const bytes = gzip
    ? counted.pipeThrough(
        new DecompressionStream('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>,
      )
    : counted;
  const reader = bytes.getReader();
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        throw gzip
          ? new LogError(400, 'The gzip data is truncated or corrupt')
          : new LogError(400, `The file cannot be read: ${(error as Error).message}`);
      }
      if (next.done) break;
      total += next.value.byteLength;
      if (total > maxBytes)
        throw new LogError(
          413,
          `The event log is over ${maxBytes} bytes${gzip ? ' uncompressed' : ''}`,
        );
      const text = decoder.decode(next.value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    void reader.cancel().catch(() => {});
  }
}
