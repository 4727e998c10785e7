import type { MapState } from '../doc/index.ts';

/* The vocabulary of map health: checks, what they find, and the context they run in. */

export type Severity = 'high' | 'medium' | 'low';

export type TargetKind =
  'card' | 'stage' | 'lane' | 'kpi' | 'action' | 'persona' | 'connection' | 'system';

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
}

export const DEFAULT_STALE_DAYS = 90;

/** A deterministic rule over a map: same map and context, same findings, in map order. */
export interface Check {
  id: string;
  title: string;
  /** One sentence on why it matters, shown beside the findings. */
  why: string;
  run(map: MapState, ctx: HealthContext): Finding[];
}

/** What a check's rule returns: findings without the check id, which `defineCheck` adds. */
export type Problem = Omit<Finding, 'checkId'>;

/** Builds a check from a rule that lists problems; keeps ids in one place. */
export function defineCheck(spec: {
  id: string;
  title: string;
  why: string;
  find(map: MapState, ctx: HealthContext): Problem[];
}): Check {
  const { find, ...about } = spec;
  return {
    ...about,
    run: (map, ctx) => find(map, ctx).map((p) => ({ checkId: spec.id, ...p })),
  };
}
