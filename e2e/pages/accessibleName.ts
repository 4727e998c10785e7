import type { Locator } from '@playwright/test';

/** The accessible name of one element, as the accessibility tree has it. */
export async function accessibleName(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  // The first line reads `- role "name"`; names with quotes come back escaped.
  const m = /^- \w+ "((?:[^"\\]|\\.)*)"/.exec(snapshot.trim());
  return m ? JSON.parse(`"${m[1]}"`) : '';
}
