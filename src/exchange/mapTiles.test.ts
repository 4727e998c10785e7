import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { layoutMap } from '../canvas/layout.ts';
import { evenGroups, planTiles } from './mapTiles.ts';

describe('evenGroups', () => {
  it('uses the fewest groups and balances them', () => {
    expect(evenGroups(6, 4)).toEqual([3, 3]);
    expect(evenGroups(7, 3)).toEqual([3, 2, 2]);
    expect(evenGroups(2, 4)).toEqual([2]);
    expect(evenGroups(0, 4)).toEqual([]);
  });
});

describe('planTiles', () => {
  const layout = layoutMap(templateMap('ecommerce', 'Shop')!);

  it('covers every stage and lane exactly once, within the size', () => {
    const tiles = planTiles(layout, 1580, 990);
    const cells = tiles.flatMap((t) =>
      Array.from({ length: t.stages.to - t.stages.from }, (_, s) =>
        Array.from(
          { length: t.lanes.to - t.lanes.from },
          (_, l) => `${t.stages.from + s}/${t.lanes.from + l}`,
        ),
      ).flat(),
    );
    expect(new Set(cells).size).toBe(layout.stages.length * layout.lanes.length);
    expect(cells).toHaveLength(layout.stages.length * layout.lanes.length);
    for (const tile of tiles) {
      expect(tile.width).toBeLessThanOrEqual(1580);
      expect(tile.height).toBeLessThanOrEqual(990);
    }
  });

  it('splits six stages in two even groups and goes row by row', () => {
    const tiles = planTiles(layout, 1580, 990);
    expect(tiles.map((t) => [t.lanes.from, t.stages.from, t.stages.to])).toEqual([
      [0, 0, 3],
      [0, 3, 6],
      [3, 0, 3],
      [3, 3, 6],
    ]);
  });

  it('makes one tile when the map fits', () => {
    const blank = layoutMap(templateMap('blank', 'Blank')!);
    expect(planTiles(blank, 1580, 990)).toHaveLength(1);
  });

  it('still places a lane taller than the page, alone', () => {
    const tiles = planTiles(layout, 1580, 300);
    expect(tiles.every((t) => t.lanes.to - t.lanes.from === 1)).toBe(true);
  });
});
