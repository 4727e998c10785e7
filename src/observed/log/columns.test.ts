import { describe, expect, it } from 'vitest';
import { guessColumns } from './columns.ts';

describe('column guessing', () => {
  it('finds the common names, each column for one role, exact names first', () => {
    expect(
      guessColumns([
        'case_id',
        'event_index',
        'activity',
        'lifecycle',
        'timestamp',
        'resource',
        'Activity',
        'case:concept:name',
      ]),
    ).toEqual({
      case: 'case_id',
      activity: 'activity',
      timestamp: 'timestamp',
      resource: 'resource',
      lifecycle: 'lifecycle',
    });
    expect(
      guessColumns(['Case ID', 'concept:name', 'time:timestamp', 'org:resource', 'Channel']),
    ).toEqual({
      case: 'Case ID',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      resource: 'org:resource',
      channel: 'Channel',
    });
    expect(guessColumns(['who', 'what'])).toEqual({});
  });
});
