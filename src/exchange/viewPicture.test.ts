import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { approximateMeasure } from './scene/text.ts';
import { sceneText } from './scene/types.ts';
import { viewCaptionScene } from './viewPicture.ts';

describe('viewCaptionScene', () => {
  it('puts the title and the export date in a band as wide as the view', () => {
    const map = templateMap('refinancing', 'Refinancing 2025')!;
    const band = viewCaptionScene(map, approximateMeasure, 1200, '2025-07-01');
    expect(band.width).toBe(1200);
    expect(Number.isInteger(band.height)).toBe(true);
    const text = sceneText(band);
    expect(text).toContain('Refinancing 2025');
    expect(text).toContain('Exported 2025-07-01');
    // Nothing is drawn past the band: the view picture starts below it.
    for (const shape of band.shapes) {
      if (shape.kind === 'text') expect(shape.y).toBeLessThan(band.height);
      if (shape.kind === 'text') expect(shape.x).toBeGreaterThan(0);
    }
  });

  it('wraps a long title in a narrow view rather than cutting it', () => {
    const map = templateMap(
      'refinancing',
      'A very long journey title that cannot fit one narrow line',
    )!;
    const narrow = viewCaptionScene(map, approximateMeasure, 360, '2025-07-01');
    const wide = viewCaptionScene(map, approximateMeasure, 1600, '2025-07-01');
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(sceneText(narrow).replace(/\n/g, ' ')).toContain('cannot fit');
  });
});
