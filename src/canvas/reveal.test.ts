import { describe, expect, it } from 'vitest';
import { revealedViewport } from './reveal.ts';

const view = { x: 0, y: 0, zoom: 0.5 };
const card = (x: number, y: number) => ({ x, y, width: 256, height: 108 });

describe('revealedViewport', () => {
  it('leaves the view alone when the item is in view', () => {
    expect(revealedViewport(view, card(200, 200), 1000, 600)).toBeNull();
  });

  it('pans just enough to bring an item below the pane into view, keeping the zoom', () => {
    // The card spans y 1000…1054 on screen; it must end 32 px above the bottom (600).
    const next = revealedViewport(view, card(200, 2000), 1000, 600);
    expect(next).toEqual({ x: 0, y: 600 - 32 - 1054, zoom: 0.5 });
  });

  it('pans right for an item left of the pane, and down for one above it', () => {
    const next = revealedViewport({ x: -400, y: -400, zoom: 1 }, card(100, 100), 1000, 600);
    expect(next).toEqual({ x: -400 + 332, y: -400 + 332, zoom: 1 });
  });

  it('shows the start of an item taller than the pane', () => {
    const lane = { x: 0, y: 3000, width: 208, height: 5000 };
    const next = revealedViewport({ x: 40, y: 0, zoom: 1 }, lane, 1000, 600);
    expect(next).toEqual({ x: 40, y: 32 - 3000, zoom: 1 });
  });

  it('leaves an item taller than the pane alone when its start is on screen', () => {
    const lane = { x: 0, y: 100, width: 208, height: 5000 };
    expect(revealedViewport({ x: 40, y: 0, zoom: 1 }, lane, 1000, 600)).toBeNull();
  });
});
