import { useId, useMemo } from 'react';
import { relativeTime } from '../ui/relativeTime.ts';
import { describeMove, SCORE_RULE, scoreChange, scoreLines, scoreSum } from './explain.ts';
import { healthReport, type HealthReport } from './score.ts';
import type { HealthContext } from './types.ts';
import type { LastVersion } from './useLastVersion.ts';

/* Why the score is what it is: each check's points against its weight, and what moved it. */

export function ScoreExplanation({ report }: { report: HealthReport }) {
  const lines = scoreLines(report);
  const taken = lines.filter((l) => l.points > 0);
  return (
    <section aria-labelledby="health-how" className="flex flex-col gap-2">
      <h3 id="health-how" className="text-base font-semibold text-slate-900">
        How the score is worked out
      </h3>
      {taken.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">Points each check takes off the score</caption>
          <thead className="text-left text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 font-semibold">
                Check
              </th>
              <th scope="col" className="py-1 pr-4 text-right font-semibold">
                Findings
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                Points
              </th>
            </tr>
          </thead>
          <tbody className="text-slate-800">
            {taken.map((l) => (
              <tr key={l.checkId} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {l.title}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">{l.findings}</td>
                <td className="py-1 text-right font-semibold tabular-nums">
                  −{l.points}
                  <span className="font-normal text-slate-500"> of {l.weight}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="text-sm font-medium text-slate-700 tabular-nums" aria-label="Score arithmetic">
        {scoreSum(report)}
      </p>
      <p className="text-sm text-slate-600">{SCORE_RULE}</p>
    </section>
  );
}

/** "Before steering review", or "Automatic version" for an unnamed one. */
function versionName(v: { name: string | null; auto: boolean }): string {
  return v.name ?? (v.auto ? 'Automatic version' : 'Saved version');
}

/**
 * What moved the score since a saved version (the newest unless another is picked), both
 * judged with today's settings so that only changes to the map count.
 */
export function ScoreSince({
  report,
  last,
  ctx,
  onChoose,
}: {
  report: HealthReport;
  last: LastVersion;
  ctx: HealthContext;
  onChoose(versionId: string): void;
}) {
  const pickerId = useId();
  const then = last.status === 'ready' ? last.map : null;
  const change = useMemo(
    () => (then ? scoreChange(healthReport(then, ctx), report) : null),
    [then, ctx, report],
  );
  let body: React.ReactNode;
  if (last.status === 'loading') body = <p>Looking for the last saved version…</p>;
  else if (last.status === 'none')
    body = <p>No saved version yet: save one in History to see what moves the score.</p>;
  else if (last.status === 'error')
    body = <p>The saved versions cannot be read ({last.message}), so nothing to compare.</p>;
  else if (change) {
    body = (
      <>
        <div className="flex items-center gap-2">
          <label htmlFor={pickerId} className="shrink-0">
            Compare with
          </label>
          <select
            id={pickerId}
            value={last.chosen.id}
            onChange={(e) => onChoose(e.target.value)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200 focus:outline-none"
          >
            {last.versions.map((v) => (
              <option key={v.id} value={v.id}>
                {versionName(v)} · {relativeTime(v.createdAt)}
              </option>
            ))}
          </select>
        </div>
        <p>
          Then <span className="font-semibold text-slate-900 tabular-nums">{change.before}</span>,
          now <span className="font-semibold text-slate-900 tabular-nums">{change.after}</span>
          {change.moves.length === 0 ? ': no check has moved.' : ':'}
        </p>
        {change.moves.length > 0 && (
          <ul className="list-disc pl-5">
            {change.moves.map((m) => (
              <li key={m.checkId}>{describeMove(m)}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <section aria-labelledby="health-since" className="flex flex-col gap-1 text-sm text-slate-600">
      <h3 id="health-since" className="text-base font-semibold text-slate-900">
        Since the last version
      </h3>
      {body}
    </section>
  );
}
