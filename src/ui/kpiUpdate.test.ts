import { describe, expect, it } from 'vitest';
import { isFresh, lastPoint, shortAgo, updateWords } from './kpiUpdate.ts';

const NOW = Date.parse('2026-12-03T12:00:00Z');

describe('shortAgo', () => {
  it('counts minutes, hours and days, then gives the date', () => {
    expect(shortAgo('2026-12-03T11:59:30Z', NOW)).toBe('just now');
    expect(shortAgo('2026-12-03T11:58:00Z', NOW)).toBe('2 min ago');
    expect(shortAgo('2026-12-03T07:00:00Z', NOW)).toBe('5 h ago');
    expect(shortAgo('2026-11-30T12:00:00Z', NOW)).toBe('3 d ago');
    expect(shortAgo('2026-01-05T12:00:00Z', NOW)).toMatch(/^[4-6] Jan$/); // the viewer's time zone
    expect(shortAgo('2026-12-03T12:00:10Z', NOW)).toBe('just now'); // a clock a little ahead
    expect(shortAgo('t3', NOW)).toBe('');
  });
});

describe('updateWords and freshness', () => {
  it('says when and from where', () => {
    const api = { at: '2026-12-03T11:58:00Z', value: 58, source: 'api' as const };
    expect(updateWords(api, NOW)).toBe('2 min ago · API');
    expect(updateWords({ ...api, source: 'manual' }, NOW)).toBe('2 min ago · by hand');
    expect(updateWords({ at: api.at, value: 1 }, NOW)).toBe('2 min ago');
    expect(lastPoint({ history: [{ at: 'a', value: 1 }, api] })).toBe(api);
    expect(lastPoint({ history: [] })).toBeNull();
    expect(isFresh(api, NOW)).toBe(true);
    expect(isFresh({ ...api, at: '2026-12-01T11:00:00Z' }, NOW)).toBe(false);
  });
});
