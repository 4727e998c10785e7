/** Today as YYYY-MM-DD in the viewer's time zone. */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** "today", "yesterday", "12 days ago" for a YYYY-MM-DD date. */
export function daysAgo(date: string, now = new Date()): string {
  const days = Math.round((Date.parse(today(now)) - Date.parse(date)) / 86_400_000);
  if (!Number.isFinite(days)) return '';
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
