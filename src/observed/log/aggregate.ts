import {
  VARIANTS_KEPT,
  type ActivityStat,
  type ObservationData,
  type Transition,
  type Variant,
} from './types.ts';
import { EventColumns, Interner } from './eventColumns.ts';
import { encode, median } from './numbers.ts';

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

const SKIP_EXAMPLES = 5;

interface VariantDraft {
  visits: number[];
  channels: number[];
  /** Per step, the time between its visits in the first case… */
  firstGaps: number[];
  /** …and in the others, once there are others (most variants have a single case). */
  gaps: number[][] | null;
  cases: number;
}

/** Collects events, then computes the figures. */
export class LogAggregator {
  private readonly activities = new Interner();
  private readonly channels = new Interner();
  private readonly caseIds = new Interner();
  private readonly columns = new EventColumns();
  private eventsPerActivity = new Int32Array(16);
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
    this.addFields(event.caseId, event.activity, event.time, event.channel, event.lifecycle);
  }

  /** `add` without an event object (the parsers' fast path). */
  addFields(
    caseId: string,
    activityName: string,
    time: number,
    channelName?: string | null,
    lifecycle?: string | null,
  ): void {
    this.events++;
    const activity = this.activities.id(activityName);
    if (activity >= this.eventsPerActivity.length) {
      const more = new Int32Array(this.eventsPerActivity.length * 2);
      more.set(this.eventsPerActivity);
      this.eventsPerActivity = more;
    }
    this.eventsPerActivity[activity]!++;
    const channel = channelName ? this.channels.id(channelName) : -1;
    this.columns.push(this.caseIds.id(caseId), activity, channel, time, closes(lifecycle));
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
  }

  /** The figures of everything added. */
  finish(): Analysis {
    const names = this.activities.names;
    const n = names.length;
    const { activity, channel, time, closing } = this.columns;
    const caseCount = this.caseIds.size;
    const { order, starts } = this.columns.byCase(caseCount);
    const casesPerActivity = new Int32Array(n);
    const seen = new Int32Array(n).fill(-1);
    const open = new Int32Array(n).fill(-1);
    // Directly-follows pairs: dense tables for the usual few activities, a map beyond.
    const dense = n <= 256;
    const pairCount = new Map<number, number>();
    const pairCases = new Map<number, number>();
    const pairLast = new Map<number, number>();
    const denseCount = new Int32Array(dense ? n * n : 0);
    const denseCases = new Int32Array(dense ? n * n : 0);
    const denseLast = new Int32Array(dense ? n * n : 0).fill(-1);
    const variants = new Map<string, VariantDraft>();
    const hasChannels = this.channels.size > 0;
    const rank = new Int32Array(n);
    names
      .map((name, a) => ({ name, a }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .forEach(({ a }, r) => (rank[a] = r));
    const wide = n >= 0xffff || this.channels.size >= 0xfffe;
    const byTime = (a: number, b: number) => time[a]! - time[b]! || a - b;
    for (let c = 0; c < caseCount; c++) {
      // In time order, ties in file order; most logs are in order already.
      let events = order.subarray(starts[c]!, starts[c + 1]!);
      for (let k = 1; k < events.length; k++)
        if (time[events[k]!]! < time[events[k - 1]!]!) {
          events = events.slice().sort(byTime);
          break;
        }
      const visits: number[] = [];
      const channels: number[] = [];
      const times: number[] = [];
      for (const i of events) {
        const a = activity[i]!;
        if (seen[a] !== c) {
          seen[a] = c;
          casesPerActivity[a]!++;
        }
        // A visit is open from a non-complete lifecycle until its complete.
        if (open[a] === c) {
          if (closing[i]) open[a] = -1;
          continue;
        }
        if (!closing[i]) open[a] = c;
        visits.push(a);
        channels.push(channel[i]!);
        times.push(time[i]!);
      }
      for (let v = 1; v < visits.length; v++) {
        const key = visits[v - 1]! * n + visits[v]!;
        if (dense) {
          denseCount[key]!++;
          if (denseLast[key] !== c) {
            denseLast[key] = c;
            denseCases[key]!++;
          }
        } else {
          pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
          if (pairLast.get(key) !== c) {
            pairLast.set(key, c);
            pairCases.set(key, (pairCases.get(key) ?? 0) + 1);
          }
        }
      }
      // Keyed by the activities' alphabetical ranks (then the channels, after a 0), so that
      // ordering the keys orders the variants by their names, whatever the file's order.
      const byName = encode(
        visits.map((a) => rank[a]!),
        wide,
      );
      const key = hasChannels
        ? `${byName}\u0000${encode(
            channels.map((ch) => ch + 1),
            wide,
          )}`
        : byName;
      const variant = variants.get(key);
      if (!variant) {
        const firstGaps = times.slice(1).map((t, v) => t - times[v]!);
        variants.set(key, { visits, channels, firstGaps, gaps: null, cases: 1 });
        continue;
      }
      variant.cases++;
      variant.gaps ??= variant.firstGaps.map((gap) => [gap]);
      for (let v = 1; v < times.length; v++) variant.gaps[v - 1]!.push(times[v]! - times[v - 1]!);
    }
    if (dense)
      for (let key = 0; key < n * n; key++)
        if (denseCount[key]! > 0) {
          pairCount.set(key, denseCount[key]!);
          pairCases.set(key, denseCases[key]!);
        }

    const activityStats: ActivityStat[] = names
      .map((name, i) => ({ name, events: this.eventsPerActivity[i]!, cases: casesPerActivity[i]! }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    const transitions: Transition[] = [...pairCount.entries()]
      .map(([key, count]) => ({
        from: names[Math.floor(key / n)]!,
        to: names[key % n]!,
        count,
        cases: pairCases.get(key)!,
      }))
      .sort((a, b) => b.cases - a.cases || b.count - a.count || a.from.localeCompare(b.from));
    // Most cases first; ties by their activities' names, so the order never depends on the file.
    const ranked = [...variants.entries()].sort(
      ([ka, a], [kb, b]) => b.cases - a.cases || (ka < kb ? -1 : ka > kb ? 1 : 0),
    );
    const channelNames = this.channels.names;
    const kept = ranked.slice(0, VARIANTS_KEPT).map(([, v]): Variant => {
      const variant: Variant = {
        activities: v.visits.map((a) => names[a]!),
        cases: v.cases,
        gaps: v.gaps ? v.gaps.map(median) : v.firstGaps,
      };
      if (hasChannels)
        variant.channels = v.channels.map((ch) => (ch < 0 ? null : channelNames[ch]!));
      return variant;
    });
    const other = ranked.slice(VARIANTS_KEPT).reduce((sum, [, v]) => sum + v.cases, 0);
    const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : null);
    return {
      cases: caseCount,
      events: this.events,
      activities: n,
      from: iso(this.first),
      to: iso(this.last),
      data: {
        activityStats,
        transitions,
        variants: kept,
        casesInOtherVariants: other,
        skipped: { events: this.skipped, examples: this.examples },
        hasChannels,
      },
    };
  }
}
