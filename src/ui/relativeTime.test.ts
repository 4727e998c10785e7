import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('says just now under a minute', () => {
    expect(relativeTime('2026-11-23T11:59:30Z', now)).toBe('just now');
  });
  it('uses the largest fitting unit', () => {
    expect(relativeTime('2026-11-23T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-22T12:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-09T12:00:00Z', now)).toBe('2 weeks ago');
  });
  it('returns nothing for a bad date', () => {
    expect(relativeTime('not a date', now)).toBe('');
  });
});
