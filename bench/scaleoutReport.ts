import type { Repeated } from './lib/stats.ts';
import { formatTable } from './lib/table.ts';
import type { Verdict } from './report.ts';
import type { CapacityResult } from './suites/capacity.ts';
import type { ScaleoutSummary } from './suites/scaleout.ts';

/* The scale-out table: one row per target and client count, and the cross-process target. */

const n = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const rep = (r: Repeated | null, digits = 2) =>
  r === null
    ? '–'
    : r.runs.length > 1
      ? `${n(r.median, digits)} [${n(r.min, digits)}–${n(r.max, digits)}]`
      : n(r.median, digits);

/** The table, and the verdict on "cross-process p50 within 1 ms of one process at N = 200". */
export function scaleoutTable(list: ScaleoutSummary[], verdicts: Verdict[]): string {
  const rows = list.map((s) => [
    `N=${s.clients}`,
    s.target,
    `${rep(s.p50)} / ${rep(s.p95, 1)} / ${rep(s.p99, 1)}`,
    `${rep(s.serverCpuPercent, 0)} (${s.serverCpuPercentEach
      .map((run) => run.map((c) => n(c, 0)).join('+'))
      .join(', ')})`,
    `${rep(s.postgresCpuPercent, 0)} / ${rep(s.redisCpuPercent, 0)}`,
    String(s.lost),
    s.saturated.length ? `${s.saturated.length} of ${s.p50.runs.length}` : '',
  ]);
  for (const clients of [...new Set(list.map((s) => s.clients))]) {
    const one = list.find((s) => s.clients === clients && s.target.includes('1 process'));
    const two = list.find((s) => s.clients === clients && s.target.includes('2 processes'));
    if (!one || !two || clients !== 200) continue;
    const gap = two.p50.median - one.p50.median;
    const saturated = one.saturated.length + two.saturated.length;
    // A saturated run measures the clients: no verdict either way, and no "met" by accident.
    verdicts.push({
      target: 'cross-process p50 within 1 ms of one process at N=200',
      met: gap <= 1 && saturated === 0,
      detail: saturated
        ? `not judged: ${saturated} of the runs were client-saturated`
        : `${n(two.p50.median)} vs ${n(one.p50.median)} ms (${gap >= 0 ? '+' : ''}${n(gap)} ms)`,
    });
  }
  return formatTable(
    [
      'clients',
      'target',
      'p50 / p95 / p99 ms',
      'server CPU % (per process)',
      'PostgreSQL / Redis CPU %',
      'lost',
      'saturated runs',
    ],
    rows,
  );
}

/** The capacity figures as a few lines. */
export function capacityText(c: CapacityResult): string {
  const i = c.idle;
  const lines = [
    `  ${i.connections} idle connections over ${i.maps} maps on one process: accepted in ` +
      `${n(i.acceptSeconds, 1)} s; RSS ${n(i.rssMiBBefore, 0)} → ${n(i.rssMiBAfter, 0)} MiB ` +
      `(${n(((i.rssMiBAfter - i.rssMiBBefore) * 1024) / i.connections, 1)} KiB a connection); ` +
      `idle CPU ${n(i.idleCpuPercent, 1)}%`,
  ];
  for (const e of c.editors)
    lines.push(
      `  ${e.editors} editors on one map, ${e.target}: ${n(e.editsPerSecond, 0)} edits/s, ` +
        `p50 ${n(e.p50)} ms, p99 ${n(e.p99, 1)} ms, CPU ${e.cpuPercentEach.map((c) => `${n(c, 0)}%`).join(' + ')}, ` +
        `lost ${e.lost}${e.saturated ? ` (client side saturated: ${e.saturated})` : ''}`,
    );
  return lines.join('\n');
}
