/* File names for exports, from the map's title. */

const FALLBACK = 'journey-map';

/** "Refinancing: Journey (2026)" → "refinancing-journey-2026"; accents dropped, at most 60 characters. */
export function slug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || FALLBACK;
}

/** "refinancing-journey.png", or with a part: "refinancing-journey-actions.csv". */
export function exportFileName(title: string, extension: string, part?: string): string {
  return `${slug(title)}${part ? `-${part}` : ''}.${extension}`;
}

/** A title for a map made from an imported file: its name without extension, in words. */
export function titleFromFileName(name: string): string {
  const words = name
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Imported journey';
}
