/* How the overlay writes its figures: counts with separators, shares, durations. */

const count = new Intl.NumberFormat('en-US');

export const formatCount = (n: number) => count.format(n);

export const formatShare = (share: number) =>
  share > 0 && share < 0.01 ? '<1%' : `${Math.round(share * 100)}%`;

/** A duration in the largest unit that reads well: 45 s, 12 min, 3.5 h, 2.1 d. */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${Math.round(s)} s`;
  if (s < 3600) return `${Math.round(s / 60)} min`;
  if (s < 86_400) return `${(s / 3600).toFixed(1)} h`;
  return `${(s / 86_400).toFixed(1)} d`;
}

/** A duration in words, for screen readers. */
export function durationWords(ms: number): string {
  return formatDuration(ms)
    .replace(' s', ' seconds')
    .replace(' min', ' minutes')
    .replace(' h', ' hours')
    .replace(' d', ' days');
}
