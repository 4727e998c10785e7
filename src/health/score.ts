import type { MapState } from '../doc/index.ts';
import { CHECKS } from './checks.ts';
import { alongTheJourney } from './journeyOrder.ts';
import { OBSERVED_CHECKS } from './observed.ts';
import type { Check, Finding, HealthContext, Severity } from './types.ts';

/*
 * The score: start at 100 and subtract, for each check, the weights of its findings
 * (critical 20, high 8, medium 4, low 1), at most the check's cap (15; 20 for the coverage
 * checks that find an empty map), never going below 0.
 * The cap keeps one noisy check (forty unreviewed cards, say) from drowning the rest:
 * a map has to be weak in several ways to score low.
 */

export const SEVERITY_WEIGHT: Record<Severity, number> = {
  critical: 20,
  high: 8,
  medium: 4,
  low: 1,
};
export { CHECK_CAP, COVERAGE_CAP } from './types.ts';

export interface CheckResult {
  check: Check;
  /** Along the journey: whole-map findings first, then stage by stage. */
  findings: Finding[];
  /** Points this check takes off the score. */
  penalty: number;
}

export interface HealthReport {
  /** 0…100, higher is healthier. */
  score: number;
  findings: Finding[];
  /** One entry per check, in check order, including the checks that found nothing. */
  byCheck: CheckResult[];
}

/** Runs every check over a map (the observed ones too when `ctx` has figures) and scores it. */
export function healthReport(
  map: MapState,
  ctx: HealthContext,
  checks: readonly Check[] = ctx.observed ? [...CHECKS, ...OBSERVED_CHECKS] : CHECKS,
): HealthReport {
  const byCheck = checks.map((check) => {
    const findings = alongTheJourney(map, check.run(map, ctx));
    const weight = findings.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity], 0);
    return { check, findings, penalty: Math.min(check.cap, weight) };
  });
  const penalty = byCheck.reduce((sum, r) => sum + r.penalty, 0);
  return {
    score: Math.max(0, 100 - penalty),
    findings: byCheck.flatMap((r) => r.findings),
    byCheck,
  };
}
