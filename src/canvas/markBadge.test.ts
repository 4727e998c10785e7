import { describe, expect, it } from 'vitest';
import { legibleScale } from './MarkBadge.tsx';

describe('change badges at any zoom', () => {
  it('are enlarged below 100% so their text stays at least 11 CSS pixels', () => {
    expect(legibleScale(1)).toBe(1);
    expect(legibleScale(2)).toBe(1);
    expect(legibleScale(0.5)).toBe(2);
    for (const zoom of [0.1, 0.25, 0.45, 0.8])
      expect(11 * legibleScale(zoom) * zoom).toBeCloseTo(11);
    expect(legibleScale(0)).toBe(1);
  });
});
