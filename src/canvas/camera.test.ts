import { describe, expect, it } from 'vitest';
import {
  openingViewport,
  presentedViewport,
  PRESENT_MIN_ZOOM,
  READABLE_ZOOM,
  TITLE_PX,
} from './camera.ts';

const small = { x: 0, y: 0, width: 900, height: 600 };
const wide = { x: 0, y: 0, width: 3400, height: 1500 };

describe('openingViewport', () => {
  it('fits a map that is readable when fitted', () => {
    const v = openingViewport(small, 1440, 800, false, 0.15);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe((1440 - 900) / 2);
  });

  it('opens a wide map at a readable zoom, from its top-left corner', () => {
    const v = openingViewport(wide, 1440, 800, false, 0.15);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.zoom * TITLE_PX).toBeGreaterThanOrEqual(12);
    expect(v.x).toBeGreaterThan(0);
    expect(v.y).toBeGreaterThan(0);
  });

  it('fits a map too large to draw whole, however small it gets', () => {
    const v = openingViewport(wide, 1440, 800, true, 0.15);
    expect(v.zoom).toBeLessThan(READABLE_ZOOM);
  });
});

describe('presentedViewport', () => {
  const stage = { x: 1000, y: 0, width: 288, height: 700 };

  it('fills the height above the presenter bar, centred across', () => {
    const v = presentedViewport(stage, 1440, 900, { top: 0, bottom: 100 });
    expect(stage.height * v.zoom).toBeGreaterThanOrEqual(0.7 * 800);
    expect(v.x + (stage.x + stage.width / 2) * v.zoom).toBe(720);
    expect(v.y + (stage.y + stage.height) * v.zoom).toBeLessThanOrEqual(800);
  });

  it('never shrinks titles below 16 px: a tall stage starts at its header', () => {
    const tall = { ...stage, height: 3000 };
    const v = presentedViewport(tall, 1440, 900, { top: 50, bottom: 100 });
    expect(v.zoom).toBe(PRESENT_MIN_ZOOM);
    expect(v.zoom * TITLE_PX).toBeGreaterThanOrEqual(16);
    expect(v.y).toBeGreaterThan(0);
  });
});
