import { describe, expect, it } from 'vitest';
import { exportFileName, slug, titleFromFileName } from './fileName.ts';

describe('slug', () => {
  it('lowercases, drops accents and joins words with dashes', () => {
    expect(slug('Refinancing journey')).toBe('refinancing-journey');
    expect(slug('  Café: Première visite (2026)! ')).toBe('cafe-premiere-visite-2026');
  });

  it('falls back when nothing is left', () => {
    expect(slug('✨✨')).toBe('journey-map');
    expect(slug('')).toBe('journey-map');
  });

  it('stays short and never ends in a dash', () => {
    const long = slug(`${'a'.repeat(59)} b`);
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('-')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('adds the part and the extension', () => {
    expect(exportFileName('Refinancing journey', 'png')).toBe('refinancing-journey.png');
    expect(exportFileName('Refinancing journey', 'csv', 'actions')).toBe(
      'refinancing-journey-actions.csv',
    );
  });
});

describe('titleFromFileName', () => {
  it('turns a file name into a title', () => {
    expect(titleFromFileName('mortgage_journey-2026.csv')).toBe('Mortgage journey 2026');
    expect(titleFromFileName('.csv')).toBe('Imported journey');
  });
});
