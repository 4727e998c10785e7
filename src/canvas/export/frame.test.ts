import { describe, expect, it } from 'vitest';
import {
  MAX_AREA_PX,
  MAX_SIDE_PX,
  fittingPixelRatio,
  paddedArea,
  viewportTransform,
} from './frame.ts';

describe('paddedArea', () => {
  it('adds the margin on every side and lands on whole pixels', () => {
    expect(paddedArea({ x: 0.5, y: 0, width: 100.2, height: 50 }, 10)).toEqual({
      x: -10,
      y: -10,
      width: 121,
      height: 70,
    });
  });
});

describe('fittingPixelRatio', () => {
  it('keeps the wanted ratio for an ordinary map', () => {
    expect(fittingPixelRatio(1936, 1548, 2)).toBe(2);
  });

  it('lowers the ratio for a very wide map so no side passes the limit', () => {
    const ratio = fittingPixelRatio(12_000, 900, 2);
    expect(ratio).toBeLessThan(2);
    expect(12_000 * ratio).toBeLessThanOrEqual(MAX_SIDE_PX);
  });

  it('lowers the ratio for a huge map so the area stays inside the limit', () => {
    const ratio = fittingPixelRatio(9000, 7000, 2);
    expect(9000 * ratio * 7000 * ratio).toBeLessThanOrEqual(MAX_AREA_PX);
  });
});

describe('viewportTransform', () => {
  it('moves the area to the origin', () => {
    expect(viewportTransform({ x: -24, y: 10, width: 5, height: 5 })).toBe(
      'translate(24px, -10px) scale(1)',
    );
  });
});
