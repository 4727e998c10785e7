import { useState } from 'react';
import { removeKpiPoint, type KpiData } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { formatKpiValue } from '../ui/KpiChip.tsx';
import { SOURCE_LABELS } from '../ui/kpiUpdate.ts';
import { pointDate } from './pointWords.ts';

const FOLDED = 6;

/** A KPI's values, newest first; an editor can take out a bad one (undo brings it back). */
export function KpiHistory({ kpi, readOnly }: { kpi: KpiData; readOnly: boolean }) {
  const doc = useMapDoc();
  const [all, setAll] = useState(false);
  const newestFirst = [...kpi.history].reverse();
  const shown = all ? newestFirst : newestFirst.slice(0, FOLDED);
  const name = kpi.name || 'this KPI';
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">
        Values ({kpi.history.length})
      </summary>
      {kpi.history.length === 0 ? (
        <p className="mt-1 text-slate-500">No values yet.</p>
      ) : (
        <table className="mt-1 w-full">
          <caption className="sr-only">Values of {name}, newest first</caption>
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-semibold">
                When
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Value
              </th>
              <th scope="col" className="py-1 pl-2 font-semibold">
                From
              </th>
              {!readOnly && (
                <th scope="col" className="py-1">
                  <span className="sr-only">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="text-slate-800">
            {shown.map((point, i) => (
              <tr key={`${point.at}-${i}`} className="border-t border-slate-100">
                <td className="py-1">{pointDate(point.at)}</td>
                <td className="py-1 text-right font-medium tabular-nums">
                  {formatKpiValue(point.value, kpi.unit)}
                </td>
                <td className="py-1 pl-2 text-slate-600">
                  {point.source ? SOURCE_LABELS[point.source] : '—'}
                </td>
                {!readOnly && (
                  <td className="py-1 text-right">
                    <button
                      type="button"
                      aria-label={`Remove value ${formatKpiValue(point.value, kpi.unit)} of ${pointDate(point.at)} from ${name}`}
                      onClick={() => removeKpiPoint(doc, kpi.id, point)}
                      className="rounded px-1.5 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-red-500"
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {kpi.history.length > FOLDED && (
        <button
          type="button"
          aria-expanded={all}
          onClick={() => setAll(!all)}
          className="mt-1 rounded px-1.5 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
        >
          {all ? 'Show fewer' : `Show all ${kpi.history.length}`}
        </button>
      )}
    </details>
  );
}
