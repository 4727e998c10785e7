import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseText } from './analyseText.ts';
import { fileText } from './fileText.ts';
import { LogError } from './logError.ts';

/* The browser worker's reading of a file: plain or gzip, the share read, a truncated gzip. */

const CSV =
  'case_id,activity,timestamp\nc1,Sign up,2024-01-01T09:00:00Z\nc1,Pay,2024-01-01T10:00:00Z\n';

async function readAll(blob: Blob, maxBytes = 1 << 20) {
  const shares: number[] = [];
  let text = '';
  for await (const chunk of fileText(blob, maxBytes, (s) => shares.push(s))) text += chunk;
  return { text, shares };
}

describe('reading an event log file in the browser', () => {
  it('reads plain and gzip files alike, reporting the share read up to all of it', async () => {
    const plain = await readAll(new Blob([CSV]));
    const gzip = await readAll(new Blob([gzipSync(CSV)]));
    expect(plain.text).toBe(CSV);
    expect(gzip.text).toBe(CSV);
    expect(gzip.shares.at(-1)).toBe(1);
    const figures = await analyseText(
      fileText(new Blob([gzipSync(CSV)]), 1 << 20, () => {}),
      {},
    );
    expect(figures).toMatchObject({ cases: 1, events: 2, activities: 2 });
  });

  it('refuses a truncated gzip file and one over the limit, saying which', async () => {
    const whole = gzipSync(CSV.repeat(50));
    const truncated = await readAll(new Blob([whole.subarray(0, whole.length - 20)])).catch(
      (e: unknown) => e,
    );
    expect(truncated).toBeInstanceOf(LogError);
    expect((truncated as LogError).message).toBe('The gzip data is truncated or corrupt');
    const large = await readAll(new Blob([whole]), 100).catch((e: unknown) => e);
    expect((large as LogError).status).toBe(413);
    expect((large as LogError).message).toBe('The event log is over 100 bytes uncompressed');
  });
});
