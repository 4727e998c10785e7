import type { MapState } from '../doc/index.ts';
import { formatCount } from './format.ts';
import { useObserved, type ObservedView } from './ObservedContext.tsx';
import { OBSERVED_COLORS } from './ObservedEdge.tsx';

/*
 * Over the canvas while a set is shown: which set, the Designed / Observed / Both switch, the
 * minimum volume of a drawn transition, and what the lines mean.
 */

const VIEWS: { value: ObservedView; label: string }[] = [
  { value: 'designed', label: 'Designed' },
  { value: 'observed', label: 'Observed' },
  { value: 'both', label: 'Both' },
];

function Swatch({
  color,
  dashed = false,
  thin = false,
}: {
  color: string;
  dashed?: boolean;
  thin?: boolean;
}) {
  return (
    <svg width="24" height="10" aria-hidden="true" className="shrink-0">
      <line
        x1="2"
        y1="5"
        x2="22"
        y2="5"
        stroke={color}
        strokeWidth={thin ? 2 : 4}
        strokeDasharray={dashed ? (thin ? '2 4' : '6 4') : undefined}
        strokeLinecap="round"
      />
    </svg>
  );
}

export function ObservedBar(_: { map: MapState }) {
  const observed = useObserved();
  if (!observed?.active) return null;
  const { active, view, setView, minShare, setMinShare, figures, highlight, setHighlight } =
    observed;
  const shown = figures?.edges.filter((e) => e.cases / active.cases >= minShare).length ?? 0;
  return (
    <div
      role="group"
      aria-label="Observed journeys"
      className="flex w-80 flex-col gap-2 rounded-xl bg-white/95 px-3 py-2.5 text-sm text-slate-700 shadow-md ring-1 ring-slate-200"
    >
      <span className="font-semibold text-slate-900">
        {active.name}{' '}
        <span className="font-normal text-slate-600">· {formatCount(active.cases)} cases</span>
      </span>
      <div role="radiogroup" aria-label="Show" className="flex rounded-lg bg-slate-100 p-0.5">
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            role="radio"
            aria-checked={view === v.value}
            onClick={() => setView(v.value)}
            className={`rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              view === v.value
                ? 'bg-white text-slate-900 shadow-sm'
                : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {v.label}
          </button>
        ))}
      </div>
      {view !== 'designed' && (
        <>
          <label className="flex items-center gap-2">
            <span className="whitespace-nowrap">Min. volume</span>
            <input
              type="range"
              min={0}
              max={30}
              step={1}
              value={Math.round(minShare * 100)}
              onChange={(e) => setMinShare(Number(e.target.value) / 100)}
              aria-valuetext={`${Math.round(minShare * 100)}% of cases, ${shown} transitions shown`}
              className="w-24 accent-teal-700"
            />
            <span className="whitespace-nowrap tabular-nums text-slate-600">
              {Math.round(minShare * 100)}% · {shown} shown
            </span>
          </label>
          <ul
            aria-label="Observed legend"
            className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs"
          >
            <li className="flex items-center gap-1">
              <Swatch color={OBSERVED_COLORS.planned} />
              designed step
            </li>
            <li className="flex items-center gap-1">
              <Swatch color={OBSERVED_COLORS.unplanned} />
              unplanned
            </li>
            <li className="flex items-center gap-1">
              <Swatch color={OBSERVED_COLORS.planned} dashed />↩ backward
            </li>
            {view === 'both' && (
              <li className="flex items-center gap-1">
                <Swatch color={OBSERVED_COLORS.designed} dashed thin />
                designed path
              </li>
            )}
          </ul>
          {highlight && (
            <button
              type="button"
              onClick={() => setHighlight(null)}
              className="rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
            >
              Clear path
            </button>
          )}
        </>
      )}
    </div>
  );
}
