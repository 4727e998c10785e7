/*
 * Which CSV columns hold the case id, the activity, the timestamp (and optionally channel,
 * resource and lifecycle): guessed from common names, as process-mining tools export them.
 */

export const COLUMN_ROLES = [
  'case',
  'activity',
  'timestamp',
  'channel',
  'resource',
  'lifecycle',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The roles a log cannot do without. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['case', 'activity', 'timestamp'];

/** Column name per role (missing: not in the log). */
export type ColumnChoice = Partial<Record<ColumnRole, string>>;

// Most telling first: `case:concept:name` is XES flattened; `concept:name` is the event's.
const NAMES: Record<ColumnRole, string[]> = {
  case: ['case_id', 'case id', 'caseid', 'case:concept:name', 'case', 'trace', 'trace_id'],
  activity: ['activity', 'concept:name', 'activity name', 'event', 'task', 'action', 'step'],
  timestamp: [
    'timestamp',
    'time:timestamp',
    'time',
    'date',
    'datetime',
    'start_time',
    'complete timestamp',
    'end_time',
  ],
  channel: ['channel', 'channel:name', 'medium', 'source'],
  resource: ['resource', 'org:resource', 'user', 'agent', 'owner'],
  lifecycle: ['lifecycle', 'lifecycle:transition', 'transition', 'event_type', 'status'],
};

const normal = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The columns of `header` that most likely play each role (exact names win, case-insensitive). */
export function guessColumns(header: readonly string[]): ColumnChoice {
  const choice: ColumnChoice = {};
  const taken = new Set<string>();
  for (const role of COLUMN_ROLES) {
    for (const wanted of NAMES[role]) {
      const found = header.find((h) => !taken.has(h) && normal(h) === normal(wanted));
      if (found !== undefined) {
        choice[role] = found;
        taken.add(found);
        break;
      }
    }
  }
  return choice;
}
