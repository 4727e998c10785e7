import type { MapState } from '../doc/index.ts';
import type { ObservedHealth } from './observed.ts';

/* The vocabulary of map health: checks, what they find, and the context they run in. */

/** `critical`: a whole part of the map is missing (no stages, no customer lane, no persona). */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export type TargetKind =
  | 'card'
  | 'stage'
  | 'lane'
  | 'kpi'
  | 'action'
  | 'persona'
  | 'connection'
  | 'system'
  /** An activity of the shown observation set (its id is the activity's name). */
  | 'activity';

/** One problem a check found, optionally pointing at the element it concerns. */
export interface Finding {
  checkId: string;
  severity: Severity;
  message: string;
  target?: { kind: TargetKind; id: string };
}

/** What checks need beyond the map; passed in so that checks stay pure and testable. */
export interface HealthContext {
  /** Today as YYYY-MM-DD, in the viewer's time zone. */
  today: string;
  /** A card whose last review is more than this many days old is stale. */
  staleDays: number;
  /** The shown observation set's figures, when the map shows one: adds the observed checks. */
  observed?: ObservedHealth;
}

export const DEFAULT_STALE_DAYS = 90;

/** A deterministic rule over a map: same map and context, same findings, in map order. */
export interface Check {
  id: string;
  title: string;
  /** One sentence on why it matters, shown beside the findings. */
  why: string;
  /** The most points this check can take off the score, however many findings it has. */
  cap: number;
  run(map: MapState, ctx: HealthContext): Finding[];
}

/** The usual cap; coverage checks, which find an empty map, weigh more (COVERAGE_CAP). */
export const CHECK_CAP = 15;
export const COVERAGE_CAP = 20;

/** What a check's rule returns: findings without the check id, which `defineCheck` adds. */
export type Problem = Omit<Finding, 'checkId'>;

/** Builds a check from a rule that lists problems; keeps ids in one place. */
export function defineCheck(spec: {
  id: string;
  title: string;
  why: string;
  cap?: number;
  find(map: MapState, ctx: HealthContext): Problem[];
}): Check {
  const { find, cap = CHECK_CAP, ...about } = spec;
  return {
    ...about,
    cap,
    run: (map, ctx) => find(map, ctx).map((p) => ({ checkId: spec.id, ...p })),
  };
}
