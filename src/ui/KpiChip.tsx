import type { KpiData } from '../doc/index.ts';
import { isFresh, lastPoint, updateWords } from './kpiUpdate.ts';
import { Sparkline } from './Sparkline.tsx';
import { useFlash } from './useFlash.ts';
import { useNow } from './useNow.ts';

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "52 %", "4.5/5", "—" for no value. */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const spaced = unit && !['%', '/5', '/10'].includes(unit) ? ` ${unit}` : unit;
  return `${number.format(value)}${spaced}`;
}

export const KPI_COLORS = { on: '#15803d', off: '#b91c1c', none: '#64748b' };

/** The state of a KPI in words and colour, from `kpiOnTarget`: on, off, or no target yet. */
export function kpiStatus(on: boolean | null) {
  if (on === null)
    return { word: 'no target', color: KPI_COLORS.none, tint: 'bg-slate-100 text-slate-700' };
  return on
    ? { word: 'on target', color: KPI_COLORS.on, tint: 'bg-green-50 text-green-800 ring-green-200' }
    : { word: 'off target', color: KPI_COLORS.off, tint: 'bg-red-50 text-red-800 ring-red-200' };
}

/**
 * A KPI as a compact chip for cards and stage headers; `onTarget` is `kpiOnTarget(kpi)`.
 * A new value makes it flash; a recent one shows when and from where it came.
 */
export function KpiChip({
  kpi,
  onTarget,
  spark = false,
}: {
  kpi: KpiData;
  onTarget: boolean | null;
  spark?: boolean;
}) {
  const now = useNow();
  const status = kpiStatus(onTarget);
  const last = lastPoint(kpi);
  const flashing = useFlash(`${kpi.current}|${last?.at ?? ''}`);
  // Template and older values carry no source: those chips stay as compact as before.
  const fresh = isFresh(last, now) && last?.source !== undefined;
  const label = `KPI ${kpi.name}: ${formatKpiValue(kpi.current, kpi.unit)}${
    kpi.target === null ? '' : ` (target ${formatKpiValue(kpi.target, kpi.unit)})`
  }, ${status.word}${last ? `, updated ${updateWords(last, now)}` : ''}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-kpi-status={status.word}
      data-flash={flashing || undefined}
      className={`relative inline-flex min-w-0 items-center gap-1.5 rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${status.tint} ${flashing ? 'tm-kpi-flash' : ''}`}
    >
      <span
        className="h-2 w-2 shrink-0 rounded-full"
        style={{ background: status.color }}
        aria-hidden="true"
      />
      <span className="truncate">{kpi.name}</span>
      <span className="shrink-0 font-semibold tabular-nums">
        {formatKpiValue(kpi.current, kpi.unit)}
      </span>
      {spark && (
        <Sparkline
          values={kpi.history.map((h) => h.value)}
          color={status.color}
          width={40}
          height={14}
        />
      )}
      {fresh && !flashing && last && (
        <span className="min-w-0 truncate font-normal opacity-80">{updateWords(last, now)}</span>
      )}
      {flashing && last && (
        // A callout above the chip while it flashes: legible even when the map is zoomed out.
        <span className="absolute bottom-full left-0 z-10 mb-1.5 rounded-md bg-indigo-700 px-2 py-1 text-sm font-semibold whitespace-nowrap text-white shadow-lg">
          {formatKpiValue(kpi.current, kpi.unit)} · updated {updateWords(last, now)}
        </span>
      )}
    </span>
  );
}
