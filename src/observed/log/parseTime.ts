/*
 * Event timestamps → milliseconds since the epoch. Nearly every log writes ISO 8601 with a
 * zone (`2012-01-01T10:00:00.000+01:00`, `…Z`); those are read digit by digit, the day's
 * start cached, which is several times faster than Date.parse on a 262,000-event log.
 * Anything else (no zone — local time —, other layouts) goes to Date.parse, as before.
 */

const days = new Map<number, number>();

function digits(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The time of `stamp` in ms, NaN if it cannot be read. */
export function parseTime(stamp: string): number {
  const fast = isoWithZone(stamp);
  return Number.isNaN(fast) ? Date.parse(stamp) : fast;
}

function isoWithZone(s: string): number {
  // YYYY-MM-DDTHH:MM:SS
  if (s.length < 20 || s[4] !== '-' || s[7] !== '-' || s[13] !== ':' || s[16] !== ':') return NaN;
  if (s[10] !== 'T' && s[10] !== ' ') return NaN;
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return NaN;
  let i = 19;
  let ms = 0;
  if (s[i] === '.') {
    let scale = 100;
    for (i++; i < s.length; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      ms += d * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  let offset: number;
  if (s[i] === 'Z' && i + 1 === s.length) offset = 0;
  else if ((s[i] === '+' || s[i] === '-') && i + 6 === s.length && s[i + 3] === ':') {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    offset = (s[i] === '+' ? 1 : -1) * (oh * 60 + om) * 60_000;
  } else return NaN;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const dom = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || dom < 1 || dom > 31) return NaN;
  const date = (year * 100 + month) * 100 + dom;
  let day = days.get(date);
  if (day === undefined) {
    day = Date.UTC(year, month - 1, dom);
    // Date.UTC rolls 31 April over to 1 May; such a date is not a date.
    if (new Date(day).getUTCDate() !== dom) return NaN;
    if (days.size > 100_000) days.clear();
    days.set(date, day);
  }
  return day + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
}
