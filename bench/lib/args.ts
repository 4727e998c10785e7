import { parseArgs } from 'node:util';

/* Command-line options of `npm run bench`: the full run by default, subsets for development. */

export const SUITES = [
  'latency',
  'large',
  'many',
  'canvas',
  'scaleout',
  'capacity',
  'observed',
] as const;
export type Suite = (typeof SUITES)[number];

export interface BenchOptions {
  suites: Suite[];
  quick: boolean;
  latencySeconds: number;
  repeats: number;
  clientCounts: number[];
  largeCards: number;
  largeRepeats: number;
  manyMaps: number;
  canvasSizes: number[];
  canvasMs: number;
  build: boolean;
  /** Full runs write bench/results/latest.json; subsets write partial.json beside it. */
  partial: boolean;
}

const USAGE = `npm run bench -- [options]
  --quick            short run of everything (3 s latency runs, 1 repeat, 100 maps, 500-card canvas)
  --only a,b         only these suites: ${SUITES.join(', ')}
  --seconds n        latency run length (default 10)
  --repeats n        latency repeats (default 3)
  --clients a,b,c    client counts for latency (default 2,50,200)
  --no-build         canvas, observed: use the existing dist/ instead of running vite build
  --help`;

const numbers = (value: string) => value.split(',').map((v) => Number(v.trim()));

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      seconds: { type: 'string' },
      repeats: { type: 'string' },
      clients: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only?.split(',').map((s) => s.trim()) ?? [...SUITES];
  const unknown = only.filter((s) => !SUITES.includes(s as Suite));
  if (unknown.length) throw new Error(`unknown suite(s) ${unknown.join(', ')}\n${USAGE}`);
  const quick = values.quick;
  const options: BenchOptions = {
    suites: only as Suite[],
    quick,
    latencySeconds: Number(values.seconds ?? (quick ? 3 : 10)),
    repeats: Number(values.repeats ?? (quick ? 1 : 3)),
    clientCounts: values.clients ? numbers(values.clients) : [2, 50, 200],
    largeCards: 5000,
    largeRepeats: quick ? 2 : 5,
    manyMaps: quick ? 100 : 500,
    canvasSizes: quick ? [500] : [2000, 500],
    canvasMs: quick ? 2000 : 5000,
    build: !values['no-build'],
    partial: false,
  };
  options.partial =
    quick ||
    options.suites.length < SUITES.length ||
    values.seconds !== undefined ||
    values.repeats !== undefined ||
    values.clients !== undefined;
  for (const n of [options.latencySeconds, options.repeats, ...options.clientCounts]) {
    if (!Number.isFinite(n) || n <= 0) throw new Error(`bad number in options\n${USAGE}`);
  }
  return options;
}
