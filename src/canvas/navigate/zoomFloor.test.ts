import { describe, expect, it } from 'vitest';
import { overviewSize } from './overviewSize.ts';
import { DEFAULT_MIN_ZOOM, zoomFloor } from './zoomFloor.ts';

describe('zoomFloor', () => {
  it('keeps the usual floor for a map that fits at it', () => {
    expect(zoomFloor(3000, 1500, 1440, 800)).toBe(DEFAULT_MIN_ZOOM);
  });
  it('goes low enough that a long map fits the pane', () => {
    const width = 208 + 63 * 288;
    const floor = zoomFloor(width, 1100, 1440, 800);
    expect(floor).toBeLessThan(DEFAULT_MIN_ZOOM);
    expect(width * floor).toBeLessThanOrEqual(1440 - 64);
  });
  it('falls back to the usual floor before the pane is measured', () => {
    expect(zoomFloor(20000, 1000, 0, 0)).toBe(DEFAULT_MIN_ZOOM);
  });
});

describe('overviewSize', () => {
  it('keeps an ordinary map near the usual size and shape', () => {
    const size = overviewSize(1600, 1000);
    expect(size.width / size.height).toBeCloseTo(1.6, 1);
    expect(size.height).toBe(size.trueHeight);
  });
  it('widens for a long journey and stretches it to stay more than a strip', () => {
    const size = overviewSize(18352, 1100);
    expect(size.width).toBe(320);
    expect(size.height).toBeGreaterThanOrEqual(64);
    expect(size.trueHeight).toBeLessThan(size.height);
    expect(size.trueHeight).toBeCloseTo(320 / (18352 / 1100), 5);
  });
  it('keeps a tall map within bounds, unstretched', () => {
    const size = overviewSize(800, 8000);
    expect(size.height).toBe(160);
    expect(size.trueHeight).toBe(size.height);
  });
});
