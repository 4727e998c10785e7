import { inflateSync } from 'node:zlib';

/* For tests: what a generated PDF draws, read back without a PDF library. */

/** The text drawn on the pages: the content streams, inflated. */
export async function drawnText(blob: Blob): Promise<string> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = bytes.indexOf('stream\n', at);
    if (start < 0) break;
    const end = bytes.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(bytes.subarray(start + 7, end)).toString('latin1'));
    } catch {
      // Not deflated (an image): nothing to read.
    }
    at = end + 10;
  }
  return out.join('\n');
}
