import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateMap } from '../doc/index.ts';
import { layoutMap, type CardBox } from './layout.ts';
import { routeBetween, routeGridOf, spreadOf, type Box, type Point, type Route } from './route.ts';
import { roundedPath } from './routeDrawing.ts';

/** Whether a segment of the route passes through `box` (touching its border is fine). */
function crosses(route: Route, box: Box): boolean {
  return route.points.slice(1).some((b, i) => {
    const a = route.points[i]!;
    const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x1 > box.x && x0 < box.x + box.w && y1 > box.y && y0 < box.y + box.h;
  });
}

const orthogonal = (points: Point[]) =>
  points.slice(1).every((b, i) => b.x === points[i]!.x || b.y === points[i]!.y);

describe('routeBetween', () => {
  it.each(TEMPLATES.map((t) => t.id))('routes every connection of %s around the cards', (id) => {
    const map = templateMap(id)!;
    const layout = layoutMap(map);
    const grid = routeGridOf(layout);
    const box = new Map(layout.cards.map((b) => [b.card.id, b]));
    for (const c of map.connections) {
      const from = box.get(c.from)!;
      const to = box.get(c.to)!;
      const route = routeBetween(from, to, grid, spreadOf(c.id));
      expect(orthogonal(route.points), `${c.id} is orthogonal`).toBe(true);
      const hit = layout.cards.filter((b: CardBox) => b !== from && b !== to && crosses(route, b));
      expect(
        hit.map((b) => b.card.title),
        `${from.card.title} → ${to.card.title}`,
      ).toEqual([]);
      // It leaves and enters the cards on a side, at mid height give or take the spread.
      const [first, last] = [route.points[0]!, route.points.at(-1)!];
      expect([from.x, from.x + from.w]).toContain(first.x);
      expect([to.x, to.x + to.w]).toContain(last.x);
    }
  });

  const grid = { bands: [200, 400], cards: [] as Box[], gap: 16 };
  const card = (col: number, y: number): Box => ({ x: 208 + 16 + col * 288, y, w: 256, h: 108 });

  it('joins neighbours in one row with a straight line and an upright label', () => {
    const route = routeBetween(card(0, 20), card(1, 20), grid);
    expect(route.points).toEqual([
      { x: 480, y: 74 },
      { x: 512, y: 74 },
    ]);
    expect(route.label).toMatchObject({ angle: -90, x: 496 });
  });

  it('goes round a card in the way through the band under the row', () => {
    const blocker = card(1, 20);
    const route = routeBetween(card(0, 20), card(2, 20), { ...grid, cards: [blocker] });
    expect(crosses(route, blocker)).toBe(false);
    expect(route.points.map((p) => p.y)).toContain(200);
    // The label sits on the long run along the band, over the column in between.
    expect(route.label).toMatchObject({ angle: 0, y: 200 });
    expect(route.label.x).toBeCloseTo(208 + 288 * 1.5, 0);
  });

  it('sends lines back along the band above, and loops within one column on the right', () => {
    const back = routeBetween(card(2, 220), card(0, 220), { ...grid, cards: [card(1, 220)] });
    expect(back.points.map((p) => p.y)).toContain(200);
    expect(back.points[0]!.x).toBe(card(2, 220).x);
    const down = routeBetween(card(0, 20), card(0, 250), grid);
    expect(down.points).toEqual([
      { x: 480, y: 74 },
      { x: 496, y: 74 },
      { x: 496, y: 304 },
      { x: 480, y: 304 },
    ]);
  });

  it('spreads lines by id and draws rounded corners', () => {
    expect(new Set(['a', 'b', 'c', 'd', 'e', 'f'].map(spreadOf)).size).toBeGreaterThan(1);
    for (const id of ['a', 'xyz', 'connection-12']) {
      expect(Math.abs(spreadOf(id))).toBeLessThanOrEqual(2);
    }
    const path = roundedPath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ]);
    expect(path).toBe('M 0 0 L 92 0 Q 100 0 100 8 L 100 100');
  });
});
