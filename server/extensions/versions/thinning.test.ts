import { describe, expect, it } from 'vitest';
import { versionsToThin, type ThinningInput } from './thinning.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
// A Wednesday noon, UTC.
const NOW = Date.parse('2026-03-18T12:00:00Z');

let serial = 0;
const auto = (createdAt: number): ThinningInput => ({ id: `a${serial++}`, auto: true, createdAt });
const named = (createdAt: number): ThinningInput => ({
  id: `n${serial++}`,
  auto: false,
  createdAt,
});
const at = (iso: string) => Date.parse(iso);

/** The versions that stay after thinning. */
const survivors = (versions: ThinningInput[], now = NOW) => {
  const gone = new Set(versionsToThin(versions, now));
  return versions.filter((v) => !gone.has(v.id));
};

describe('versionsToThin', () => {
  it('keeps every version of the last 24 hours', () => {
    const recent = Array.from({ length: 50 }, (_, i) => auto(NOW - i * 20 * 60 * 1000));
    expect(versionsToThin(recent, NOW)).toEqual([]);
  });

  it('keeps the newest version of each day for a month', () => {
    const monday = [
      auto(at('2026-03-09T08:00:00Z')),
      auto(at('2026-03-09T13:00:00Z')),
      auto(at('2026-03-09T23:59:00Z')),
    ];
    const tuesday = [auto(at('2026-03-10T09:00:00Z')), auto(at('2026-03-10T10:00:00Z'))];
    expect(survivors([...monday, ...tuesday])).toEqual([monday[2], tuesday[1]]);
  });

  it('keeps the newest version of each Monday-to-Sunday week after a month', () => {
    const week = [
      auto(at('2026-01-05T09:00:00Z')), // Monday
      auto(at('2026-01-07T09:00:00Z')),
      auto(at('2026-01-11T22:00:00Z')), // Sunday
    ];
    const nextMonday = auto(at('2026-01-12T01:00:00Z'));
    expect(survivors([...week, nextMonday])).toEqual([week[2], nextMonday]);
  });

  it('never removes a named version, whatever its age', () => {
    const versions = [
      named(NOW - 2 * HOUR),
      named(at('2026-03-09T08:00:00Z')),
      named(at('2026-03-09T09:00:00Z')),
      auto(at('2026-03-09T10:00:00Z')),
      named(at('2025-01-01T00:00:00Z')),
      named(at('2025-01-01T00:01:00Z')),
    ];
    expect(survivors(versions)).toEqual(versions);
  });

  it('treats the day straddling the 24-hour line as a day of its own, and is stable', () => {
    const versions = [
      auto(NOW - 2 * HOUR),
      auto(NOW - 23 * HOUR),
      auto(NOW - 25 * HOUR),
      auto(NOW - 30 * HOUR),
      auto(NOW - 40 * DAY),
      auto(NOW - 41 * DAY),
    ];
    const kept = survivors(versions);
    expect(kept.map((v) => v.id)).toEqual(
      [versions[0], versions[1], versions[2], versions[4]].map((v) => v!.id),
    );
    // A second pass at the same moment removes nothing more.
    expect(versionsToThin(kept, NOW)).toEqual([]);
  });

  it('thins a year of hourly versions down to about one a week', () => {
    const year = Array.from({ length: 365 * 24 }, (_, i) => auto(NOW - i * HOUR));
    const kept = survivors(year);
    // 24 of the last day, ~29 daily, ~48 weekly (bucket edges add one or two).
    expect(kept.length).toBeGreaterThan(24 + 29 + 45);
    expect(kept.length).toBeLessThan(24 + 31 + 50);
    expect(kept[0]).toBe(year[0]);
  });
});
