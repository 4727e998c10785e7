import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LogError } from '../../../src/observed/log/logError.ts';

/*
 * Bytes of a request body → text, chunk by chunk: gzip is recognised by its magic bytes and
 * inflated on the way, the size is counted after inflating (the limit is on what we parse),
 * and UTF-8 is decoded without a byte-order mark.
 */

const GZIP = [0x1f, 0x8b];

async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const inflating = Readable.from(chunks, { objectMode: false }).pipe(
    createGunzip({ chunkSize: 256 * 1024 }),
  );
  try {
    for await (const chunk of inflating) yield chunk as Uint8Array;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const what = code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
    throw new LogError(400, `The gzip data is ${what}: ${(error as Error).message}`);
  }
}

/** The same chunks, the first one looked at first. */
async function* withFirst(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** The body as text, inflated if gzip; throws LogError 413 past `maxBytes` of text. */
export async function* bodyText(
  chunks: AsyncIterable<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = await iterator.next();
  while (!head.done && head.value.byteLength === 0) head = await iterator.next();
  if (head.done) throw new LogError(400, 'The file is empty');
  const all = withFirst(head.value, iterator);
  const gzipped = head.value[0] === GZIP[0] && head.value[1] === GZIP[1];
  const bytes = gzipped ? gunzip(all) : all;
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  for await (const chunk of bytes) {
    total += chunk.byteLength;
    if (total > maxBytes)
      throw new LogError(
        413,
        `The event log is over ${maxBytes} bytes${gzipped ? ' uncompressed' : ''}`,
      );
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
