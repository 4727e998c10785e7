import type { MapState } from '../doc/index.ts';
import {
  customerLanesWithoutCards,
  noPurpose,
  personasWithoutEmotions,
  stagesWithoutCards,
} from './completeness.ts';
import { emotionGaps, nothingAfterPurchase } from './coverage.ts';
import { actionsOverdue, painPointsWithoutAction } from './followThrough.ts';
import { kpisOffTarget, kpisWithoutTarget, stagesWithoutKpi } from './measures.ts';
import { actionsWithoutOwner, stagesWithoutOwner, touchpointsWithoutOwner } from './ownership.ts';
import {
  dataFlowGaps,
  systemsUnused,
  systemsWithoutOwner,
  touchpointsOnWeakSystems,
} from './systems.ts';
import { mostlyAssumptions, staleCards } from './truth.ts';
import type { Check, Finding, HealthContext } from './types.ts';

export type { Check, Finding, HealthContext, Severity, TargetKind } from './types.ts';
export { CHECK_CAP, COVERAGE_CAP, DEFAULT_STALE_DAYS, defineCheck } from './types.ts';

/**
 * Every health check, in the order the panel lists them. To add one, write it with
 * `defineCheck` (a pure function of the map and context) and append it here.
 */
export const CHECKS: readonly Check[] = [
  noPurpose,
  stagesWithoutCards,
  customerLanesWithoutCards,
  personasWithoutEmotions,
  stagesWithoutOwner,
  touchpointsWithoutOwner,
  nothingAfterPurchase,
  stagesWithoutKpi,
  kpisWithoutTarget,
  kpisOffTarget,
  painPointsWithoutAction,
  actionsOverdue,
  actionsWithoutOwner,
  staleCards,
  mostlyAssumptions,
  emotionGaps,
  dataFlowGaps,
  touchpointsOnWeakSystems,
  systemsWithoutOwner,
  systemsUnused,
];

/** Runs checks over a map and returns all their findings, check by check. */
export function runChecks(
  map: MapState,
  ctx: HealthContext,
  checks: readonly Check[] = CHECKS,
): Finding[] {
  return checks.flatMap((check) => check.run(map, ctx));
}
