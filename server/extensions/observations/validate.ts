import type { Analysis } from '../../../src/observed/log/aggregate.ts';
import { LogError } from '../../../src/observed/log/logError.ts';
import { VARIANTS_KEPT, type ObservationData } from '../../../src/observed/log/types.ts';

/*
 * An observation set parsed in the browser (the import worker's JSON: summary counts, the
 * figures, the parse time) checked before it is stored: every field of the right type and
 * within bounds, or a 400 naming the first that is not. Nothing is trusted as it comes.
 */

const LIMIT = { activities: 100_000, transitions: 1_000_000, examples: 20, text: 2_000 };

function fail(where: string, what: string): never {
  throw new LogError(400, `Observation set: ${where} ${what}`);
}

const count = (value: unknown, where: string): number =>
  Number.isSafeInteger(value) && (value as number) >= 0
    ? (value as number)
    : fail(where, 'must be a whole number ≥ 0');
const number = (value: unknown, where: string): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(where, 'must be a number');
const text = (value: unknown, where: string): string =>
  typeof value === 'string' && value.length <= LIMIT.text
    ? value
    : fail(where, `must be a text of at most ${LIMIT.text} characters`);
const list = (value: unknown, where: string, max: number): unknown[] =>
  Array.isArray(value) && value.length <= max
    ? value
    : fail(where, `must be a list of at most ${max}`);
const record = (value: unknown, where: string): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : fail(where, 'must be an object');
const isoOrNull = (value: unknown, where: string): string | null =>
  value === null || (typeof value === 'string' && Number.isFinite(Date.parse(value)))
    ? (value as string | null)
    : fail(where, 'must be an ISO 8601 time or null');

function figures(value: unknown): ObservationData {
  const data = record(value, 'data');
  const activityStats = list(data.activityStats, 'data.activityStats', LIMIT.activities).map(
    (a, i) => {
      const at = `data.activityStats[${i}]`;
      const r = record(a, at);
      return {
        name: text(r.name, `${at}.name`),
        events: count(r.events, `${at}.events`),
        cases: count(r.cases, `${at}.cases`),
      };
    },
  );
  const transitions = list(data.transitions, 'data.transitions', LIMIT.transitions).map((t, i) => {
    const at = `data.transitions[${i}]`;
    const r = record(t, at);
    return {
      from: text(r.from, `${at}.from`),
      to: text(r.to, `${at}.to`),
      count: count(r.count, `${at}.count`),
      cases: count(r.cases, `${at}.cases`),
    };
  });
  const hasChannels = data.hasChannels === true;
  const variants = list(data.variants, 'data.variants', VARIANTS_KEPT).map((v, i) => {
    const at = `data.variants[${i}]`;
    const r = record(v, at);
    const activities = list(r.activities, `${at}.activities`, LIMIT.transitions).map((a, k) =>
      text(a, `${at}.activities[${k}]`),
    );
    const gaps = list(r.gaps, `${at}.gaps`, activities.length).map((g, k) =>
      number(g, `${at}.gaps[${k}]`),
    );
    if (activities.length > 0 && gaps.length !== activities.length - 1)
      fail(`${at}.gaps`, 'must have one gap per step');
    const variant = {
      activities,
      cases: count(r.cases, `${at}.cases`),
      gaps,
    } as ObservationData['variants'][number];
    if (hasChannels && r.channels !== undefined) {
      const channels = list(r.channels, `${at}.channels`, activities.length).map((c, k) =>
        c === null ? null : text(c, `${at}.channels[${k}]`),
      );
      variant.channels = channels;
    }
    return variant;
  });
  const skipped = record(data.skipped, 'data.skipped');
  return {
    activityStats,
    transitions,
    variants,
    casesInOtherVariants: count(data.casesInOtherVariants, 'data.casesInOtherVariants'),
    skipped: {
      events: count(skipped.events, 'data.skipped.events'),
      examples: list(skipped.examples, 'data.skipped.examples', LIMIT.examples).map((e, i) =>
        text(e, `data.skipped.examples[${i}]`),
      ),
    },
    hasChannels,
  };
}

/** The set in `json` with the time it took to parse, or a LogError (400) saying what is wrong. */
export function parsedSet(json: string): { analysis: Analysis; parseMs: number } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new LogError(400, `Observation set: not JSON (${(error as Error).message})`);
  }
  const body = record(value, 'the body');
  const data = figures(body.data);
  const analysis: Analysis = {
    cases: count(body.cases, 'cases'),
    events: count(body.events, 'events'),
    activities: count(body.activities, 'activities'),
    from: isoOrNull(body.from, 'from'),
    to: isoOrNull(body.to, 'to'),
    data,
  };
  if (analysis.events === 0) throw new LogError(400, 'The log has no events');
  if (analysis.activities !== data.activityStats.length)
    fail(
      'activities',
      `says ${analysis.activities} but activityStats lists ${data.activityStats.length}`,
    );
  return { analysis, parseMs: body.parseMs === undefined ? 0 : count(body.parseMs, 'parseMs') };
}
