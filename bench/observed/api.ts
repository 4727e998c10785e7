import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { createServer } from '../../server/createServer.ts';
import { SHAPE, syntheticCsv, syntheticXes } from './synthetic.ts';

/*
 * The observations import through the API, on the synthetic BPI-2012-shaped log: time from
 * the request to the stored set's summary, peak memory of the process (its worker thread
 * included), and the ratio to merely parsing the same bytes with the same parser.
 * Run: npx tsx bench/observed/api.ts
 */

async function peakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t0, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Parsing alone: the same parser over the same (inflated) text, nothing kept. */
async function parseOnly(format: 'csv' | 'xes', text: string): Promise<number> {
  const t0 = performance.now();
  if (format === 'csv') {
    // Papa Parse's own parser over 64 KiB chunks, as the import feeds it.
    const parser = new Papa.Parser({ delimiter: ',', fastMode: false });
    let carried = '';
    let base = 0;
    let rows = 0;
    for (let i = 0; i <= text.length; i += 65_536) {
      const last = i + 65_536 > text.length;
      const input = carried + text.slice(i, i + 65_536);
      const result = parser.parse(input, base, !last) as {
        data: unknown[];
        meta: { cursor: number };
      };
      rows += result.data.length;
      carried = last ? '' : input.slice(result.meta.cursor - base);
      base = result.meta.cursor;
    }
    void rows;
  } else {
    const parser = new SaxesParser();
    let tags = 0;
    parser.on('opentag', () => tags++);
    for (let i = 0; i < text.length; i += 65_536) parser.write(text.slice(i, i + 65_536));
    parser.close();
  }
  return performance.now() - t0;
}

const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-bench-observed-'));
const server = await createServer({ port: 0, dataDir, log: () => {} });
try {
  const http = `http://localhost:${server.port}`;
  const auth = { authorization: `Bearer ${server.workspaceKey}` };
  const created = await fetch(`${http}/api/maps`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench' }),
  });
  const { id } = (await created.json()) as { id: string };
  const csv = syntheticCsv();
  const xes = syntheticXes();
  const inputs = [
    { label: 'CSV', format: 'csv' as const, text: csv, body: Buffer.from(csv) },
    { label: 'XES.gz', format: 'xes' as const, text: xes, body: gzipSync(xes) },
  ];
  console.log(
    `Synthetic log: ${SHAPE.cases} cases, ${SHAPE.activities} activities, ${SHAPE.events} events`,
  );
  for (const input of inputs) {
    // A first run warms the worker's loader; the second is measured.
    for (const round of ['warm-up', 'measured']) {
      const { value, ms, peakMb } = await peakRss(async () => {
        const response = await fetch(`${http}/api/maps/${id}/observations?name=${input.label}`, {
          method: 'POST',
          headers: auth,
          body: input.body,
        });
        return (await response.json()) as Record<string, unknown>;
      });
      if (round === 'warm-up') continue;
      const parse = await parseOnly(input.format, input.text);
      console.log(
        `${input.label}: ${(input.body.length / 2 ** 20).toFixed(1)} MB body, ` +
          `${value.events} events / ${value.cases} cases / ${value.activities} activities; ` +
          `import ${ms.toFixed(0)} ms (server: ${value.importMs} ms), peak RSS ${peakMb.toFixed(0)} MB, ` +
          `parse alone ${parse.toFixed(0)} ms → ratio ${(Number(value.importMs) / parse).toFixed(2)}`,
      );
    }
  }
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
