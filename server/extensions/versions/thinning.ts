/*
 * Which automatic versions to let go as they age: all of the last day stay, then the newest
 * of each calendar day (UTC) for a month, then the newest of each week. Buckets are fixed to
 * the calendar rather than to `now`, so a version that survived a pass survives the next
 * ones until it crosses into a coarser age band. Versions someone saved are never chosen.
 */

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
// Day 0 of the epoch was a Thursday: shift so that weeks run Monday to Sunday.
const MONDAY_OFFSET = 3 * DAY;
const KEEP_ALL_FOR = DAY;
const DAILY_FOR = 30 * DAY;

/** What thinning needs to know of a version. */
export interface ThinningInput {
  id: string;
  auto: boolean;
  createdAt: number;
}

/** The bucket a version falls in at `now`; each bucket keeps only its newest version. */
function bucketOf(version: ThinningInput, now: number): string {
  const age = now - version.createdAt;
  if (age < KEEP_ALL_FOR) return `v:${version.id}`;
  if (age < DAILY_FOR) return `d:${Math.floor(version.createdAt / DAY)}`;
  return `w:${Math.floor((version.createdAt + MONDAY_OFFSET) / WEEK)}`;
}

/** The ids of the automatic versions that thinning removes at `now` (in any order). */
export function versionsToThin(versions: readonly ThinningInput[], now: number): string[] {
  const newest = new Map<string, ThinningInput>();
  for (const version of versions) {
    if (!version.auto) continue;
    const bucket = bucketOf(version, now);
    const kept = newest.get(bucket);
    if (!kept || version.createdAt > kept.createdAt) newest.set(bucket, version);
  }
  const keep = new Set([...newest.values()].map((v) => v.id));
  return versions.filter((v) => v.auto && !keep.has(v.id)).map((v) => v.id);
}
