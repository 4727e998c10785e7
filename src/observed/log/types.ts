/*
 * What an imported event log comes to: the observation set's summary and its aggregates.
 * The server computes and stores them (never the raw events); the map page draws them.
 */

/** The summary of an observation set, as the API lists it. */
export interface ObservationSummary {
  id: string;
  name: string;
  /** The file it came from (may be empty). */
  source: string;
  /** Distinct case ids. */
  cases: number;
  /** Events in the file (every row or `<event>`, before start/complete pairs are merged). */
  events: number;
  /** Distinct activity names. */
  activities: number;
  /** First and last event time, ISO 8601. */
  from: string | null;
  to: string | null;
  createdAt: number;
  createdBy: string;
  importMs: number;
}

/** How often an activity occurs: events, and distinct cases with at least one. */
export interface ActivityStat {
  name: string;
  events: number;
  cases: number;
}

/** The directly-follows relation: `to` right after `from` in a case (`count` times, in `cases`). */
export interface Transition {
  from: string;
  to: string;
  count: number;
  cases: number;
}

/**
 * One path through the log: the activities a case visited in time order (a start/complete
 * pair is one visit), with how many cases took it.
 */
export interface Variant {
  activities: string[];
  /** The channel of each visit, when the log has a channel column; otherwise absent. */
  channels?: (string | null)[];
  cases: number;
  /** Per step i → i+1, the median time between the two visits over the variant's cases (ms). */
  gaps: number[];
}

/** Events the import left out, and a few examples of why. */
export interface Skipped {
  events: number;
  examples: string[];
}

/** Everything the server keeps of an event log besides its summary. */
export interface ObservationData {
  activityStats: ActivityStat[];
  transitions: Transition[];
  /** Most cases first, at most VARIANTS_KEPT of them. */
  variants: Variant[];
  /** Cases whose variant is beyond those kept (they count everywhere but per-stage figures). */
  casesInOtherVariants: number;
  skipped: Skipped;
  /** Whether the events carried a channel. */
  hasChannels: boolean;
}

/** Variants kept for per-stage figures (a BPI-2012-sized log has about 4,400). */
export const VARIANTS_KEPT = 10_000;

/** Variants the API lists. */
export const VARIANTS_LISTED = 100;

/** The content type of a set parsed in the browser (summary counts, figures, parse time). */
export const OBSERVATION_SET_TYPE = 'application/vnd.trailmap.observation-set+json';
