import { useMemo, useState } from 'react';
import type { MapState } from '../doc/index.ts';
import { useUiStore } from '../editor/MapContext.tsx';
import { today } from '../ui/dates.ts';
import { FindingGroup } from './FindingGroup.tsx';
import { revealTarget } from './reveal.ts';
import { ScoreExplanation, ScoreSince } from './ScoreExplanation.tsx';
import { ScoreRing } from './ScoreRing.tsx';
import type { ObservedHealth } from './observed.ts';
import { healthReport } from './score.ts';
import { DEFAULT_STALE_DAYS } from './types.ts';
import { useLastVersion } from './useLastVersion.ts';

/** A whole number of days from the input, or the default while the field is empty or odd. */
function parseDays(text: string): number {
  const days = Number(text);
  return Number.isInteger(days) && days >= 1 ? days : DEFAULT_STALE_DAYS;
}

/**
 * The Health panel's body: the score and how it is worked out, what moved it since the last
 * version (when the map's versions can be read: `mapId` given), and the findings by check.
 */
export function HealthPanel({
  map,
  mapId,
  observed,
}: {
  map: MapState;
  mapId?: string;
  /** The shown observation set's figures, if the map shows one: adds the observed checks. */
  observed?: ObservedHealth;
}) {
  const ui = useUiStore();
  const [daysText, setDaysText] = useState(String(DEFAULT_STALE_DAYS));
  const staleDays = parseDays(daysText);
  const date = today();
  const ctx = useMemo(() => ({ today: date, staleDays, observed }), [date, staleDays, observed]);
  const report = useMemo(() => healthReport(map, ctx), [map, ctx]);
  const { last, choose } = useLastVersion(mapId);
  // Worst first; the sort is stable, so ties keep the checks' own order.
  const failing = report.byCheck
    .filter((r) => r.findings.length > 0)
    .sort((a, b) => b.penalty - a.penalty);
  const passing = report.byCheck.filter((r) => r.findings.length === 0);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4">
        <ScoreRing score={report.score} />
        <p className="text-sm text-slate-600">
          {report.findings.length === 0
            ? `All ${report.byCheck.length} checks pass.`
            : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in ${failing.length} of ${report.byCheck.length} checks.`}
        </p>
        <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
          Stale after
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={daysText}
            onChange={(e) => setDaysText(e.target.value)}
            className="w-20 rounded-md border border-slate-300 bg-white px-2 py-1 text-base text-slate-900 tabular-nums focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          />
          days without review
        </label>
        {staleDays !== Number(daysText) && (
          <p className="text-sm text-slate-500">
            Enter a whole number of days; using {DEFAULT_STALE_DAYS} meanwhile.
          </p>
        )}
      </div>

      <ScoreExplanation report={report} />
      {mapId && <ScoreSince report={report} last={last} ctx={ctx} onChoose={choose} />}

      {failing.length === 0 ? (
        <p className="rounded-lg bg-green-50 p-4 text-base font-medium text-green-800 ring-1 ring-green-200">
          No findings — this map is in good health
        </p>
      ) : (
        failing.map((result) => (
          <FindingGroup
            key={result.check.id}
            result={result}
            onReveal={(target) => revealTarget(ui, target)}
          />
        ))
      )}

      {failing.length > 0 && passing.length > 0 && (
        <details className="text-sm text-slate-600">
          <summary className="cursor-pointer font-medium text-slate-700">
            {passing.length} check{passing.length === 1 ? '' : 's'} passed
          </summary>
          <ul className="mt-2 flex flex-col gap-1 pl-1">
            {passing.map(({ check }) => (
              <li key={check.id} className="flex gap-2">
                <span aria-hidden="true" className="text-green-700">
                  ✓
                </span>
                <span className="flex-1">{check.title}</span>
                <span className="text-slate-500 tabular-nums">weighs {check.cap}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
