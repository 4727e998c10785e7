import { describe, expect, it } from 'vitest';
import { placeTag, tagWidth } from './cursorTag.ts';

// Vote controls pinned over a card's top-right corner: x 1180…1240, y 488…512.
const controls = { x: 1180, y: 488, w: 60, h: 24 };
const width = tagWidth('Bob'); // 35

describe('a colleague’s name tag beside their pointer', () => {
  it('goes to the right where nothing is pinned', () => {
    expect(placeTag({ x: 1020, y: 560 }, width, [controls])).toEqual({ dx: 20, dy: 0 });
  });

  it('goes left of the pointer when the right would cover the controls', () => {
    // Right would reach x 1170…1205, over the controls; left (1111…1146) is clear.
    expect(placeTag({ x: 1150, y: 495 }, width, [controls])).toEqual({ dx: -39, dy: 0 });
  });

  it('goes below when both sides of the pointer are taken', () => {
    // Over the controls themselves: right and left both land on them; below (y ≥ 519) is clear.
    expect(placeTag({ x: 1200, y: 495 }, width, [controls])).toEqual({ dx: 20, dy: 24 });
  });

  it('covers as little as it can when every spot is taken', () => {
    const left = { x: 0, y: 0, w: 1190, h: 5000 };
    const right = { x: 1190, y: 0, w: 50, h: 5000 };
    // Right (x 1220…1255) covers 20 × 20 px of `right`; left (1161…1196) 35 × 20 of both.
    expect(placeTag({ x: 1200, y: 495 }, width, [left, right])).toEqual({ dx: 20, dy: 0 });
  });
});
