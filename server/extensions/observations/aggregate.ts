import {
  VARIANTS_KEPT,
  type ActivityStat,
  type ObservationData,
  type Transition,
  type Variant,
} from '../../../src/observed/log/types.ts';

/*
 * Turns a stream of events into an observation set's figures. Events are held per case as
 * numbers only (activity and channel interned), so a 262,000-event log costs a few megabytes;
 * nothing of them outlives `finish`.
 */

/**
 * One usable event as a parser reads it: a case id, an activity and a time. The parser skips
 * (`skip`) what lacks one, saying where, so nothing is built per event for a message.
 */
export interface LogEvent {
  caseId: string;
  activity: string;
  /** Milliseconds since the epoch. */
  time: number;
  channel?: string | null;
  lifecycle?: string | null;
}

/** Why an event read at `where` cannot be used, or null if it can. */
export function unusable(event: LogEvent, where: () => string): string | null {
  if (!event.caseId) return `${where()}: no case id`;
  if (!event.activity) return `${where()}: no activity`;
  if (!Number.isFinite(event.time)) return `${where()}: no parsable timestamp`;
  return null;
}

/** A log's summary counts. */
export interface LogCounts {
  cases: number;
  events: number;
  activities: number;
  from: string | null;
  to: string | null;
}

/** A log's figures: its summary counts and its aggregates. */
export interface Analysis extends LogCounts {
  data: ObservationData;
}

// A visit is opened by any lifecycle transition but `complete` and closed by `complete`:
// start → complete (and schedule → start → complete) is one visit, a lone complete is one too.
const closes = (lifecycle: string | null | undefined) =>
  !lifecycle || lifecycle.trim().toLowerCase() === 'complete';

interface CaseEvents {
  /** Per event, in file order: activity index, channel index (−1 none), lifecycle closes. */
  activity: number[];
  channel: number[];
  time: number[];
  closing: boolean[];
}

const SKIP_EXAMPLES = 5;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Collects events, then computes the figures. */
export class LogAggregator {
  private readonly activityIds = new Map<string, number>();
  private readonly activityNames: string[] = [];
  private readonly channelIds = new Map<string, number>();
  private readonly channelNames: string[] = [];
  private readonly cases = new Map<string, CaseEvents>();
  private readonly eventsPerActivity: number[] = [];
  private events = 0;
  private first = Infinity;
  private last = -Infinity;
  private skipped = 0;
  private readonly examples: string[] = [];

  /** Every event of the file, kept or not (the summary's `events`). */
  get eventCount(): number {
    return this.events;
  }

  /** Events with a parsable time so far. */
  get timedCount(): number {
    return this.events - this.skipped;
  }

  /** Counts an event of the file that cannot be used, and why. */
  skip(reason: string): void {
    this.events++;
    this.skipped++;
    if (this.examples.length < SKIP_EXAMPLES) this.examples.push(reason);
  }

  /** Adds a usable event (see `unusable`). */
  add(event: LogEvent): void {
    this.events++;
    const activity = this.intern(this.activityIds, this.activityNames, event.activity);
    this.eventsPerActivity[activity] = (this.eventsPerActivity[activity] ?? 0) + 1;
    const channel = event.channel
      ? this.intern(this.channelIds, this.channelNames, event.channel)
      : -1;
    let c = this.cases.get(event.caseId);
    if (!c) {
      c = { activity: [], channel: [], time: [], closing: [] };
      this.cases.set(event.caseId, c);
    }
    c.activity.push(activity);
    c.channel.push(channel);
    c.time.push(event.time);
    c.closing.push(closes(event.lifecycle));
    if (event.time < this.first) this.first = event.time;
    if (event.time > this.last) this.last = event.time;
  }

  private intern(ids: Map<string, number>, names: string[], name: string): number {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    return id;
  }

  /** The figures of everything added. */
  finish(): Analysis {
    const names = this.activityNames;
    const casesPerActivity = new Array<number>(names.length).fill(0);
    const pairs = new Map<number, { count: number; cases: number; lastCase: number }>();
    const variants = new Map<string, { visits: number[]; channels: number[]; gaps: number[][] }>();
    const variantCases = new Map<string, number>();
    const seen = new Int32Array(names.length).fill(-1);
    let caseNo = 0;
    for (const c of this.cases.values()) {
      caseNo++;
      // In time order; ties keep file order (the sort is stable). Most logs are in order already.
      const order = c.time.map((_, i) => i);
      if (c.time.some((t, i) => i > 0 && t < c.time[i - 1]!))
        order.sort((a, b) => c.time[a]! - c.time[b]!);
      for (const i of order) {
        const a = c.activity[i]!;
        if (seen[a] !== caseNo) {
          seen[a] = caseNo;
          casesPerActivity[a]!++;
        }
      }
      const visits: number[] = [];
      const channels: number[] = [];
      const times: number[] = [];
      const open = new Set<number>();
      for (const i of order) {
        const a = c.activity[i]!;
        if (open.has(a)) {
          if (c.closing[i]) open.delete(a);
          continue;
        }
        if (!c.closing[i]) open.add(a);
        visits.push(a);
        channels.push(c.channel[i]!);
        times.push(c.time[i]!);
      }
      for (let v = 1; v < visits.length; v++) {
        const key = visits[v - 1]! * names.length + visits[v]!;
        const pair = pairs.get(key) ?? { count: 0, cases: 0, lastCase: 0 };
        pair.count++;
        if (pair.lastCase !== caseNo) {
          pair.lastCase = caseNo;
          pair.cases++;
        }
        pairs.set(key, pair);
      }
      const hasChannels = this.channelNames.length > 0;
      const key = hasChannels ? `${visits.join(',')}|${channels.join(',')}` : visits.join(',');
      let variant = variants.get(key);
      if (!variant) {
        variant = { visits, channels, gaps: visits.slice(1).map(() => []) };
        variants.set(key, variant);
      }
      for (let v = 1; v < times.length; v++) variant.gaps[v - 1]!.push(times[v]! - times[v - 1]!);
      variantCases.set(key, (variantCases.get(key) ?? 0) + 1);
    }

    const activityStats: ActivityStat[] = names
      .map((name, i) => ({ name, events: this.eventsPerActivity[i]!, cases: casesPerActivity[i]! }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    const transitions: Transition[] = [...pairs.entries()]
      .map(([key, p]) => ({
        from: names[Math.floor(key / names.length)]!,
        to: names[key % names.length]!,
        count: p.count,
        cases: p.cases,
      }))
      .sort((a, b) => b.cases - a.cases || b.count - a.count || a.from.localeCompare(b.from));
    // Most cases first; ties by their activities' names, so the order never depends on the file.
    const named = (v: { visits: number[] }) => v.visits.map((a) => names[a]).join('\u0001');
    const ranked = [...variants.entries()].sort(
      (a, b) =>
        variantCases.get(b[0])! - variantCases.get(a[0])! ||
        (named(a[1]) < named(b[1]) ? -1 : named(a[1]) > named(b[1]) ? 1 : a[0] < b[0] ? -1 : 1),
    );
    const kept = ranked.slice(0, VARIANTS_KEPT).map(([key, v]): Variant => {
      const variant: Variant = {
        activities: v.visits.map((a) => names[a]!),
        cases: variantCases.get(key)!,
        gaps: v.gaps.map(median),
      };
      if (this.channelNames.length > 0)
        variant.channels = v.channels.map((ch) => (ch < 0 ? null : this.channelNames[ch]!));
      return variant;
    });
    const other = ranked.slice(VARIANTS_KEPT).reduce((n, [key]) => n + variantCases.get(key)!, 0);
    const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : null);
    return {
      cases: this.cases.size,
      events: this.events,
      activities: names.length,
      from: iso(this.first),
      to: iso(this.last),
      data: {
        activityStats,
        transitions,
        variants: kept,
        casesInOtherVariants: other,
        skipped: { events: this.skipped, examples: this.examples },
        hasChannels: this.channelNames.length > 0,
      },
    };
  }
}
