import type { KpiData } from '../doc/index.ts';
import { lastPoint, updateWords } from '../ui/kpiUpdate.ts';
import { useFlash } from '../ui/useFlash.ts';
import { useNow } from '../ui/useNow.ts';

/** "Updated 2 min ago · API", highlighted for a few seconds when a new value arrives. */
export function KpiUpdated({ kpi }: { kpi: KpiData }) {
  const now = useNow();
  const last = lastPoint(kpi);
  const flashing = useFlash(`${kpi.current}|${last?.at ?? ''}`);
  if (!last) return <p className="text-xs text-slate-500">No value recorded yet</p>;
  return (
    <p
      data-flash={flashing || undefined}
      className={`self-start rounded px-1 text-xs ${flashing ? 'tm-kpi-flash bg-indigo-50 font-semibold text-indigo-900' : 'text-slate-500'}`}
    >
      Updated {updateWords(last, now)}
    </p>
  );
}
