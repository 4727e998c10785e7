import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import { createServer } from '../../server/createServer.ts';
import { SHAPE, syntheticCsv, syntheticXes } from './synthetic.ts';

/*
 * The observations import through the API, on the synthetic BPI-2012-shaped log: time from
 * the request to the stored set's summary, peak memory of the process (its worker thread
 * included), and the ratio to merely parsing the same file with the same parser (inflating
 * and decoding its bytes included, as the import must).
 * Run: npx tsx bench/observed/api.ts (or npm run bench -- --only observed)
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

/** Parsing alone: the same file's bytes inflated, decoded and parsed by the same parser, nothing kept. */
function parseOnly(format: 'csv' | 'xes', body: Buffer): number {
  const t0 = performance.now();
  const bytes = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
  const text = new TextDecoder().decode(bytes);
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

export interface ObservedApiResult {
  format: string;
  bodyMb: number;
  events: number;
  cases: number;
  /** Request to summary, on the client; and as the server measured it. */
  importMs: number;
  serverMs: number;
  peakRssMb: number;
  parseOnlyMs: number;
  /** serverMs / parseOnlyMs: the goal is ≤ 2. */
  ratio: number;
}

/** Imports the synthetic log as CSV and as XES.gz through the API (a warm-up, then measured). */
export async function observedApiRun(
  log: (line: string) => void = () => {},
): Promise<ObservedApiResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-bench-observed-'));
  const server = await createServer({ port: 0, dataDir, log: () => {} });
  const results: ObservedApiResult[] = [];
  try {
    const http = `http://localhost:${server.port}`;
    const auth = { authorization: `Bearer ${server.workspaceKey}` };
    const created = await fetch(`${http}/api/maps`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bench' }),
    });
    const { id } = (await created.json()) as { id: string };
    const inputs = [
      { label: 'CSV', format: 'csv' as const, body: Buffer.from(syntheticCsv()) },
      { label: 'XES.gz', format: 'xes' as const, body: gzipSync(syntheticXes()) },
    ];
    log(
      `Synthetic log: ${SHAPE.cases} cases, ${SHAPE.activities} activities, ${SHAPE.events} events`,
    );
    for (const input of inputs) {
      // A first run warms the worker's loader; the second is measured.
      // A warm-up (the worker's loader), then three rounds, each import beside a parse alone so
      // both see the same load on a shared machine; the medians are reported.
      const rounds: { ms: number; serverMs: number; peakMb: number; parse: number }[] = [];
      let value: Record<string, unknown> = {};
      for (let round = 0; round <= 3; round++) {
        const run = await peakRss(async () => {
          const post = () =>
            fetch(`${http}/api/maps/${id}/observations?name=${input.label}`, {
              method: 'POST',
              headers: auth,
              body: input.body,
            });
          // A kept-alive socket the server closed as it was reused fails before the request is
          // sent (seen once in ten runs); that is not the import's time, so send it again.
          const response = await post().catch((error: Error) => {
            log(`request failed before an answer (${String(error.cause ?? error)}); sent again`);
            return post();
          });
          return (await response.json()) as Record<string, unknown>;
        });
        if (round === 0) continue;
        value = run.value;
        const parse = parseOnly(input.format, input.body);
        rounds.push({ ms: run.ms, serverMs: Number(value.importMs), peakMb: run.peakMb, parse });
      }
      const mid = <K extends keyof (typeof rounds)[number]>(key: K) =>
        rounds.map((r) => r[key]).sort((x, y) => x - y)[1]!;
      const result: ObservedApiResult = {
        format: input.label,
        bodyMb: input.body.length / 2 ** 20,
        events: Number(value.events),
        cases: Number(value.cases),
        importMs: mid('ms'),
        serverMs: mid('serverMs'),
        peakRssMb: Math.max(...rounds.map((r) => r.peakMb)),
        parseOnlyMs: mid('parse'),
        ratio: mid('serverMs') / mid('parse'),
      };
      results.push(result);
      log(
        `${input.label}: ${result.bodyMb.toFixed(1)} MB body, ` +
          `${value.events} events / ${value.cases} cases / ${value.activities} activities; ` +
          `import ${result.importMs.toFixed(0)} ms (server: ${result.serverMs} ms), peak RSS ${result.peakRssMb.toFixed(0)} MB, ` +
          `parse alone ${result.parseOnlyMs.toFixed(0)} ms → ratio ${result.ratio.toFixed(2)} ` +
          `(medians of 3; server ${rounds.map((r) => r.serverMs).join(', ')}, parse ${rounds.map((r) => r.parse.toFixed(0)).join(', ')})`,
      );
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await observedApiRun(console.log);
