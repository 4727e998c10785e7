import type { LabelSpot, Point } from './route.ts';

/* What a route looks like: where its label fits, and its path with rounded corners. */

/** Whether `v` lies strictly between `a` and `b`. */
export const within = (v: number, a: number, b: number) => v > Math.min(a, b) && v < Math.max(a, b);

/** A horizontal run shorter than this leaves no room for a label. */
const MIN_RUN_FOR_LABEL = 90;

/**
 * Where a route's label goes: on its longest horizontal run if that is long enough; else
 * where it crosses a band (free across the whole map); else upright along its longest gutter
 * run; else upright in the middle (a hop between neighbours).
 */
export function labelSpot(points: readonly Point[], bands: readonly number[]): LabelSpot {
  const segments = points.slice(1).map((b, i) => ({ a: points[i]!, b }));
  const runs = segments.filter((s) => s.a.y === s.b.y);
  const longest = runs.reduce<(typeof runs)[number] | null>(
    (best, s) => (!best || Math.abs(s.b.x - s.a.x) > Math.abs(best.b.x - best.a.x) ? s : best),
    null,
  );
  if (longest && Math.abs(longest.b.x - longest.a.x) >= MIN_RUN_FOR_LABEL) {
    const length = Math.abs(longest.b.x - longest.a.x);
    return { x: (longest.a.x + longest.b.x) / 2, y: longest.a.y, angle: 0, room: length - 16 };
  }
  // Where a gutter run crosses a band, a horizontal label has the whole band to itself.
  for (const s of segments) {
    if (s.a.x !== s.b.x) continue;
    const band = bands.find((b) => within(b, s.a.y, s.b.y));
    if (band !== undefined) return { x: s.a.x, y: band, angle: 0, room: 240 };
  }
  const upright = segments
    .filter((s) => s.a.x === s.b.x)
    .sort((p, q) => Math.abs(q.b.y - q.a.y) - Math.abs(p.b.y - p.a.y))[0];
  if (upright && Math.abs(upright.b.y - upright.a.y) >= 60) {
    const length = Math.abs(upright.b.y - upright.a.y);
    return { x: upright.a.x, y: (upright.a.y + upright.b.y) / 2, angle: -90, room: length - 16 };
  }
  // A short hop between neighbours: upright in the gutter, along the cards' edges.
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2, angle: -90, room: 100 };
}

/** An SVG path through the route's points, with rounded corners. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  let d = `M ${points[0]!.x} ${points[0]!.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const at = points[i]!;
    const next = points[i + 1]!;
    const r = Math.min(
      radius,
      Math.hypot(at.x - prev.x, at.y - prev.y) / 2,
      Math.hypot(next.x - at.x, next.y - at.y) / 2,
    );
    const towards = (p: Point, q: Point, len: number) => {
      const l = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: p.x + ((q.x - p.x) / l) * len, y: p.y + ((q.y - p.y) / l) * len };
    };
    const a = towards(at, prev, r);
    const b = towards(at, next, r);
    d += ` L ${a.x} ${a.y} Q ${at.x} ${at.y} ${b.x} ${b.y}`;
  }
  const last = points[points.length - 1]!;
  return `${d} L ${last.x} ${last.y}`;
}
