import { describe, expect, it } from 'vitest';
import { parseTime } from './parseTime.ts';

describe('event timestamps', () => {
  it('reads ISO 8601 with a zone exactly as Date.parse does', () => {
    for (const stamp of [
      '2012-01-01T10:00:00Z',
      '2012-01-01T10:00:00.123Z',
      '2012-01-01T10:00:00.5+01:00',
      '2024-02-29 23:59:59-05:30',
      '1999-12-31T00:00:00.123456+14:00',
    ])
      expect(parseTime(stamp), stamp).toBe(Date.parse(stamp.replace(' ', 'T')));
  });

  it('leaves other layouts and odd dates to Date.parse', () => {
    for (const stamp of ['2012-01-01T10:00:00', '2012-01-01', '2012-04-31T10:00:00Z'])
      expect(parseTime(stamp), stamp).toBe(Date.parse(stamp));
    expect(parseTime('2012-01-01T25:00:00Z')).toBeNaN();
    expect(parseTime('yesterday')).toBeNaN();
  });
});
