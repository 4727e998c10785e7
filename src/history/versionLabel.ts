import type { VersionInfo } from '../api/versions.ts';

/** "Q3 steering review" or "Automatic · 23 Nov, 14:05:09" (to the second: several a minute). */
export function versionLabel(v: Pick<VersionInfo, 'name' | 'auto' | 'createdAt'>): string {
  const when = new Date(v.createdAt).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return v.name ? v.name : `${v.auto ? 'Automatic' : 'Saved'} · ${when}`;
}

/** A version in a picker: unnamed ones also say what they hold, so that no two read the same. */
export function versionChoice(v: Pick<VersionInfo, 'name' | 'auto' | 'createdAt' | 'summary'>) {
  return v.name ? v.name : `${versionLabel(v)} — ${v.summary}`;
}
