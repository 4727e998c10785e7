import type { Figure, ReportTable } from './report.ts';

/* The health part of the steering report: the score, the points each check took, the findings. */

/** A health finding as the report needs it (the Health panel's findings fit). */
export interface ReportFinding {
  message: string;
  severity: string;
}

/** The map's health as the Health panel shows it, so the report prints the same numbers. */
export interface ReportHealth {
  score: number;
  /** The arithmetic, "100 − 15 − 12 = 73". */
  sum: string;
  /** How the score is worked out, in one paragraph. */
  rule: string;
  /** One line per check, those that took points first. */
  lines: readonly { title: string; findings: number; points: number; weight: number }[];
  /** Check by check, each check's findings along the journey. */
  findings: readonly ReportFinding[];
}

/** The points each check took off the score; its title carries the score and the sum. */
export function scoreTable(health: ReportHealth): ReportTable {
  return {
    title: `Health score ${health.score} / 100: ${health.sum}`,
    empty: 'Every health check passes.',
    columns: [
      { header: 'Check', width: 0.6 },
      { header: 'Findings', width: 0.15, align: 'right' },
      { header: 'Points of weight', width: 0.25, align: 'right' },
    ],
    rows: health.lines
      .filter((l) => l.points > 0)
      .map((l) => [
        { text: l.title },
        { text: String(l.findings) },
        { text: `−${l.points} of ${l.weight}`, tone: 'bad' },
      ]),
  };
}

/** The score as the cover's key figure. */
export function healthFigure(health: ReportHealth): Figure {
  const serious = health.findings.filter((f) =>
    ['critical', 'high'].includes(f.severity.toLowerCase()),
  ).length;
  const count = health.findings.length;
  return {
    label: 'Health score',
    value: `${health.score} / 100`,
    detail: count
      ? `${count} finding${count === 1 ? '' : 's'}${serious ? `, ${serious} critical or high` : ''}`
      : undefined,
  };
}
