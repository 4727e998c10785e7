import { useState } from 'react';
import type { CheckResult } from './score.ts';
import type { Finding, Severity } from './types.ts';

/* One check in the Health panel: what it is, why it matters, and what it found. */

const SEVERITY: Record<Severity, { label: string; dot: string; chip: string }> = {
  critical: { label: 'Critical', dot: 'bg-red-800', chip: 'bg-red-700 text-white ring-red-800' },
  high: { label: 'High', dot: 'bg-red-600', chip: 'bg-red-50 text-red-800 ring-red-200' },
  medium: {
    label: 'Medium',
    dot: 'bg-amber-500',
    chip: 'bg-amber-50 text-amber-900 ring-amber-200',
  },
  low: { label: 'Low', dot: 'bg-slate-400', chip: 'bg-slate-100 text-slate-700 ring-slate-200' },
};
const RANK: Severity[] = ['critical', 'high', 'medium', 'low'];

/** Long lists (forty stale cards) start folded, so the other checks stay in view. */
const FOLDED = 5;

interface FindingGroupProps {
  result: CheckResult;
  onReveal(target: NonNullable<Finding['target']>): void;
}

export function FindingGroup({ result, onReveal }: FindingGroupProps) {
  const { check, findings } = result;
  const [expanded, setExpanded] = useState(false);
  const worst = RANK.find((s) => findings.some((f) => f.severity === s)) ?? 'low';
  const shown = expanded ? findings : findings.slice(0, FOLDED);
  const headingId = `health-${check.id}`;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <div className="flex items-baseline gap-2">
        <h3 id={headingId} className="flex-1 text-base font-semibold text-slate-900">
          {check.title}
          <span className="ml-2 text-slate-500 tabular-nums">{findings.length}</span>
        </h3>
        <span
          className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase ring-1 ring-inset ${SEVERITY[worst].chip}`}
        >
          {SEVERITY[worst].label}
        </span>
      </div>
      <p className="text-sm text-slate-600">{check.why}</p>
      <ul className="flex flex-col gap-1">
        {shown.map((finding, i) => (
          <li key={`${finding.target?.id ?? 'map'}-${i}`}>
            <FindingRow finding={finding} onReveal={onReveal} />
          </li>
        ))}
      </ul>
      {findings.length > FOLDED && (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className="self-start rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
        >
          {expanded ? 'Show fewer' : `Show all ${findings.length}`}
        </button>
      )}
    </section>
  );
}

function FindingRow({
  finding,
  onReveal,
}: {
  finding: Finding;
  onReveal: FindingGroupProps['onReveal'];
}) {
  const content = (
    <>
      <span
        aria-hidden="true"
        className={`mt-2 h-2 w-2 shrink-0 rounded-full ${SEVERITY[finding.severity].dot}`}
      />
      <span>{finding.message}</span>
    </>
  );
  const row = 'flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-base';
  const { target } = finding;
  if (!target) return <p className={`${row} text-slate-800`}>{content}</p>;
  return (
    <button
      type="button"
      onClick={() => onReveal(target)}
      className={`${row} text-slate-800 hover:bg-indigo-50 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-500`}
    >
      {content}
    </button>
  );
}
