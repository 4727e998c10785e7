import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What seed.ts puts in the e2e data folder: a comment from before verified authors. */
export const LEGACY = {
  mapTitle: 'Seeded: comments from before verified authors',
  card: 'Instagram ad',
  author: { id: 'browser-5f1c', name: 'Olivia Hart', color: '#0891b2' },
  text: 'The ad promises free returns; the checkout does not mention them.',
} as const;

export const SEEDED_FILE = 'e2e-seeded.json';

export interface Seeded {
  mapId: string;
}

/** The seeded map's id (the runner passes the data folder to workers in the environment). */
export function seededMap(): Seeded {
  const dir = process.env.TRAILMAP_E2E_DATA_DIR;
  if (!dir) throw new Error('TRAILMAP_E2E_DATA_DIR is not set: run through playwright.config.ts');
  return JSON.parse(readFileSync(join(dir, SEEDED_FILE), 'utf8')) as Seeded;
}
