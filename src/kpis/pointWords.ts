import type { KpiPoint } from '../doc/index.ts';
import { formatKpiValue } from '../ui/KpiChip.tsx';
import { SOURCE_LABELS } from '../ui/kpiUpdate.ts';

/* A history point in words, for the sparkline's tooltip and the history list. */

/** "3 Dec 2026, 14:05"; the raw text when the time cannot be read. */
export function pointDate(at: string): string {
  const time = Date.parse(at);
  if (!Number.isFinite(time)) return at || 'unknown time';
  return new Date(time).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "3 Dec 2026, 14:05: 64 % (API)". */
export function pointWords(point: KpiPoint, unit: string): string {
  const source = point.source ? ` (${SOURCE_LABELS[point.source]})` : '';
  return `${pointDate(point.at)}: ${formatKpiValue(point.value, unit)}${source}`;
}
