import type { KpiData, KpiPoint, KpiSource } from '../doc/index.ts';

/* When and how a KPI last changed, in words: "updated 2 min ago · API". */

export const SOURCE_LABELS: Record<KpiSource, string> = { api: 'API', manual: 'by hand' };

/** The newest point of a KPI's history, or null when it has none. */
export function lastPoint(kpi: Pick<KpiData, 'history'>): KpiPoint | null {
  return kpi.history[kpi.history.length - 1] ?? null;
}

const STEPS: [limit: number, size: number, unit: string][] = [
  [3600, 60, 'min'],
  [86_400, 3600, 'h'],
  [86_400 * 60, 86_400, 'd'],
];

/** "just now", "2 min ago", "5 h ago", "3 d ago", else the date; "" for an unreadable time. */
export function shortAgo(iso: string, now: number): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return '';
  const seconds = Math.max(0, (now - time) / 1000);
  if (seconds < 60) return 'just now';
  for (const [limit, size, unit] of STEPS) {
    if (seconds < limit) return `${Math.floor(seconds / size)} ${unit} ago`;
  }
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

/** "2 min ago · API"; without a known source just "2 min ago". */
export function updateWords(point: KpiPoint, now: number): string {
  const ago = shortAgo(point.at, now);
  return point.source ? `${ago} · ${SOURCE_LABELS[point.source]}` : ago;
}

/** Within this time a change counts as fresh: the chip shows when and by what. */
export const FRESH_MS = 24 * 3600 * 1000;

export function isFresh(point: KpiPoint | null, now: number): boolean {
  if (!point) return false;
  const time = Date.parse(point.at);
  return Number.isFinite(time) && now - time < FRESH_MS;
}
