import { seededRng } from '../lib/random.ts';

/*
 * A synthetic event log of the BPI Challenge 2012 shape: 13,000 cases, 24 activities, 262,000
 * events, case lengths skewed like a real log's (median 11, a long tail of loops). Cases mostly
 * follow the activities in order, with repeats, skips and moves back.
 */

export const SHAPE = { cases: 13_000, activities: 24, events: 262_000 };

const ACTIVITIES = Array.from(
  { length: SHAPE.activities },
  (_, i) => `Step ${String(i + 1).padStart(2, '0')}`,
);

interface Event {
  caseId: string;
  activity: string;
  time: number;
  lifecycle: 'start' | 'complete';
}

/** The log's events in case order (each case's events in time order). */
export function* syntheticEvents(seed = 2012): Generator<Event> {
  const rng = seededRng(seed);
  // Log-normal lengths (median 11), then stretched so the total is exactly SHAPE.events.
  const raw = Array.from({ length: SHAPE.cases }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return Math.max(3, Math.round(Math.exp(Math.log(11) + 1.1 * normal)));
  });
  const total = raw.reduce((n, x) => n + x, 0);
  // Add the missing events to the longest cases (the tail), keeping the median.
  let missing = SHAPE.events - total;
  const order = raw.map((_, i) => i).sort((a, b) => raw[b]! - raw[a]!);
  for (let k = 0; missing !== 0; k = (k + 1) % (SHAPE.cases / 2)) {
    const i = order[k]!;
    const step = missing > 0 ? 1 : raw[i]! > 3 ? -1 : 0;
    raw[i]! += step;
    missing -= step;
  }
  const start = Date.parse('2011-10-01T00:00:00Z');
  for (let c = 0; c < SHAPE.cases; c++) {
    const caseId = `C${200_000 + c}`;
    let time = start + Math.floor(rng() * 150 * 86_400_000);
    let at = 0;
    for (let e = 0; e < raw[c]!; e++) {
      yield { caseId, activity: ACTIVITIES[at]!, time, lifecycle: 'complete' };
      time += Math.floor(60_000 + rng() * 3 * 3_600_000);
      const r = rng();
      // Back one to three steps, the same step again (0.12 ≤ r < 0.2), or on (sometimes two).
      if (r < 0.12) at = Math.max(0, at - 1 - Math.floor(rng() * 3));
      else if (r >= 0.2) at = Math.min(SHAPE.activities - 1, at + 1 + (rng() < 0.15 ? 1 : 0));
    }
  }
}

/** The log as CSV text. */
export function syntheticCsv(): string {
  const lines = ['case_id,activity,timestamp,lifecycle'];
  for (const e of syntheticEvents())
    lines.push(`${e.caseId},${e.activity},${new Date(e.time).toISOString()},${e.lifecycle}`);
  return lines.join('\n') + '\n';
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The log as XES text. */
export function syntheticXes(): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<log xes.version="1.0">\n'];
  let open: string | null = null;
  for (const e of syntheticEvents()) {
    if (e.caseId !== open) {
      if (open !== null) parts.push('  </trace>\n');
      parts.push(`  <trace>\n    <string key="concept:name" value="${escape(e.caseId)}"/>\n`);
      open = e.caseId;
    }
    parts.push(
      `    <event>\n      <string key="concept:name" value="${escape(e.activity)}"/>\n` +
        `      <string key="lifecycle:transition" value="${e.lifecycle}"/>\n` +
        `      <date key="time:timestamp" value="${new Date(e.time).toISOString()}"/>\n    </event>\n`,
    );
  }
  parts.push('  </trace>\n</log>\n');
  return parts.join('');
}
