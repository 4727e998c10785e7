import { describe, expect, it } from 'vitest';
import { mergeStacked, overviewFrame, overviewPath, roundedRectsPath } from './overview.ts';

describe('overviewFrame', () => {
  it('fits the map and the view, centred, with a 5 px margin', () => {
    // A 1000 × 500 map in a 100 × 100 overview: 10 canvas units a pixel, 50 units of margin.
    const map = { x: 0, y: 0, width: 1000, height: 500 };
    const view = { x: 100, y: 100, width: 200, height: 100 };
    const { box, scale } = overviewFrame(map, view, 100, 100);
    expect(scale).toBe(10);
    expect(box).toEqual({ x: -50, y: -250 - 50, width: 1100, height: 1100 });
  });

  it('widens to show a view that reaches past the map', () => {
    const map = { x: 0, y: 0, width: 100, height: 100 };
    const view = { x: 50, y: 0, width: 150, height: 100 };
    expect(overviewFrame(map, view, 100, 100).scale).toBe(2);
  });

  it('shades everything but the view', () => {
    const view = { x: 1, y: 2, width: 3, height: 4 };
    expect(overviewFrame(null, view, 10, 10).mask).toMatch(/ M1,2h3v4h-3z$/);
  });
});

describe('roundedRectsPath', () => {
  it('draws one closed subpath per rectangle and skips empty ones', () => {
    const d = roundedRectsPath([
      { x: 0, y: 0, width: 20, height: 10 },
      { x: 0, y: 0, width: 0, height: 10 },
      { x: 30, y: 0, width: 4, height: 4 },
    ]);
    expect(d.match(/z/g)).toHaveLength(2);
    expect(d.startsWith('M5,0h10a5,5 0 0 1 5,5v0')).toBe(true);
    // Corners no rounder than half the smaller side.
    expect(d).toContain('M32,0h0a2,2 0 0 1 2,2');
  });
});

describe('mergeStacked', () => {
  const card = (x: number, y: number) => ({ x, y, width: 256, height: 108 });

  it('joins a column of cards whose gaps are under half a pixel', () => {
    // 12-unit gaps at 100 units a pixel: one shape per column.
    const merged = mergeStacked([card(0, 240), card(0, 0), card(0, 120), card(300, 0)], 100);
    expect(merged).toEqual([
      { x: 0, y: 0, width: 256, height: 348 },
      { x: 300, y: 0, width: 256, height: 108 },
    ]);
  });

  it('keeps cards apart where the gap shows', () => {
    expect(mergeStacked([card(0, 0), card(0, 120)], 10)).toHaveLength(2);
  });
});

describe('overviewPath', () => {
  const cells = [
    { x: 0, y: 0, width: 20, height: 10 },
    { x: 0, y: 10, width: 20, height: 10 },
  ];

  it('rounds corners where the rounding shows', () => {
    expect(overviewPath(cells, 10)).toBe(roundedRectsPath(cells));
  });

  it('draws joined square shapes where it would not', () => {
    expect(overviewPath(cells, 100)).toBe('M0,0h20v20h-20z');
  });
});
