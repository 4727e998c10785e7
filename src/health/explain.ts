import type { CheckResult, HealthReport } from './score.ts';
import { SEVERITY_WEIGHT } from './score.ts';
import { CHECK_CAP, COVERAGE_CAP, type Severity } from './types.ts';

/* The score in words and lines: what each check weighs, what it took, and what moved since before. */

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "critical 20, high 8, medium 4, low 1". */
export const WEIGHTS_IN_WORDS = (Object.entries(SEVERITY_WEIGHT) as [Severity, number][])
  .map(([severity, points]) => `${severity} ${points}`)
  .join(', ');

/** How the score is worked out, in one paragraph the panel and the report both print. */
export const SCORE_RULE =
  `The score starts at 100. Each finding takes points by severity (${WEIGHTS_IN_WORDS}); ` +
  `each check takes at most its weight: ${COVERAGE_CAP} for the checks that a map is complete ` +
  `(purpose, stages, customer lanes, personas' emotions), ${CHECK_CAP} for the others.`;

/** One check's part in the score. */
export interface ScoreLine {
  checkId: string;
  title: string;
  /** The most this check can take. */
  weight: number;
  findings: number;
  /** Points taken, 0…weight. */
  points: number;
}

const line = (r: CheckResult): ScoreLine => ({
  checkId: r.check.id,
  title: r.check.title,
  weight: r.check.cap,
  findings: r.findings.length,
  points: r.penalty,
});

/** Every check's line: those that took points first, most first; then the others in check order. */
export function scoreLines(report: HealthReport): ScoreLine[] {
  const lines = report.byCheck.map(line);
  return [...lines.filter((l) => l.points > 0).sort((a, b) => b.points - a.points)].concat(
    lines.filter((l) => l.points === 0),
  );
}

/** "100 − 15 − 12 − 8 = 65": the arithmetic behind a score. */
export function scoreSum(report: HealthReport): string {
  const taken = scoreLines(report).filter((l) => l.points > 0);
  if (taken.length === 0) return '100 = 100';
  return `100 − ${taken.map((l) => l.points).join(' − ')} = ${report.score}`;
}

/** A check whose points changed between two reports. */
export interface ScoreMove {
  checkId: string;
  title: string;
  /** Points taken before and now. */
  before: number;
  after: number;
  findingsBefore: number;
  findingsAfter: number;
}

export interface ScoreChange {
  before: number;
  after: number;
  /** Largest moves first. */
  moves: ScoreMove[];
}

/** What moved the score from one report to another (both over the same checks). */
export function scoreChange(before: HealthReport, after: HealthReport): ScoreChange {
  const earlier = new Map(before.byCheck.map((r) => [r.check.id, r]));
  const moves = after.byCheck.flatMap((r): ScoreMove[] => {
    const old = earlier.get(r.check.id);
    const was = old?.penalty ?? 0;
    const wasFound = old?.findings.length ?? 0;
    if (was === r.penalty && wasFound === r.findings.length) return [];
    return [
      {
        checkId: r.check.id,
        title: r.check.title,
        before: was,
        after: r.penalty,
        findingsBefore: wasFound,
        findingsAfter: r.findings.length,
      },
    ];
  });
  moves.sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));
  return { before: before.score, after: after.score, moves };
}

/** "−8 points: Overdue actions (1 finding, was none)"; a move up reads "+4 points". */
export function describeMove(move: ScoreMove): string {
  const delta = move.before - move.after;
  const points =
    delta === 0 ? 'no change' : `${delta > 0 ? '+' : '−'}${plural(Math.abs(delta), 'point')}`;
  const was = move.findingsBefore === 0 ? 'none' : String(move.findingsBefore);
  return `${points}: ${move.title} (${plural(move.findingsAfter, 'finding')}, was ${was})`;
}

/** The score as plain data for the steering report, so it prints the panel's numbers. */
export function healthSummary(report: HealthReport) {
  return {
    score: report.score,
    sum: scoreSum(report),
    rule: SCORE_RULE,
    lines: scoreLines(report),
    findings: report.findings,
  };
}
