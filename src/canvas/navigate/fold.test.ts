import { describe, expect, it } from 'vitest';
import { COLUMN_W, LANE_HEADER_W, layoutMap } from '../layout.ts';
import { FOLDED_H, FOLDED_W, foldLayout, quietFoldedCells } from './fold.ts';
import { cellCounts } from './orientation.ts';
import { card, smallMap } from './testMap.ts';

const map = smallMap([
  card('a', 's1', 'l1'),
  card('b', 's2', 'l1'),
  card('c', 's2', 'l2'),
  card('d', 's3', 'l2'),
  card('e', 's3', 'l2'),
]);
const layout = layoutMap(map);

describe('foldLayout', () => {
  it('is the same layout when nothing (or nothing on this map) is folded', () => {
    expect(foldLayout(layout, { stages: [], lanes: [] })).toBe(layout);
    expect(foldLayout(layout, { stages: ['gone'], lanes: ['gone'] })).toBe(layout);
  });

  it('narrows a folded stage, moves the later ones left and leaves its cards out', () => {
    const folded = foldLayout(layout, { stages: ['s2'], lanes: [] });
    expect(folded.stages.map((s) => [s.x, s.w])).toEqual([
      [LANE_HEADER_W, COLUMN_W],
      [LANE_HEADER_W + COLUMN_W, FOLDED_W],
      [LANE_HEADER_W + COLUMN_W + FOLDED_W, COLUMN_W],
    ]);
    expect(folded.cards.map((c) => c.card.id)).toEqual(['a', 'd', 'e']);
    const d = (l: typeof layout) => l.cards.find((c) => c.card.id === 'd')!;
    expect(d(folded).x).toBe(d(layout).x - (COLUMN_W - FOLDED_W));
    expect(folded.width).toBe(layout.width - (COLUMN_W - FOLDED_W));
  });

  it('lowers a folded lane and moves the lanes below it up', () => {
    const folded = foldLayout(layout, { stages: [], lanes: ['l1'] });
    const [l1, l2] = folded.lanes;
    expect(l1!.h).toBe(FOLDED_H);
    expect(l2!.y).toBe(l1!.y + FOLDED_H);
    expect(folded.cards.map((c) => c.card.id)).toEqual(['c', 'd', 'e']);
    expect(folded.height).toBe(layout.height - (layout.lanes[0]!.h - FOLDED_H));
  });

  it('quiets the cells of folded stages and lanes only', () => {
    const nodes = [
      { type: 'cell', data: { stageId: 's2', laneId: 'l1' } },
      { type: 'cell', data: { stageId: 's1', laneId: 'l1' } },
      { type: 'card', data: { stageId: 's2', laneId: 'l1' } },
    ];
    const out = quietFoldedCells(nodes, { stages: ['s2'], lanes: [] });
    expect(out.map((n) => (n as { className?: string }).className)).toEqual([
      'tm-folded-cell',
      undefined,
      undefined,
    ]);
  });
});

describe('cellCounts', () => {
  it('counts the cards of every filled cell, at its centre', () => {
    const counts = cellCounts(layout);
    expect(counts.map((c) => [c.key, c.count])).toEqual([
      ['s1/l1', 1],
      ['s2/l1', 1],
      ['s2/l2', 1],
      ['s3/l2', 2],
    ]);
    const s3 = layout.stages[2]!;
    const l2 = layout.lanes[1]!;
    expect(counts[3]).toMatchObject({ x: s3.x + s3.w / 2, y: l2.y + l2.h / 2 });
  });
  it('leaves folded cells out', () => {
    const counts = cellCounts(foldLayout(layout, { stages: ['s3'], lanes: [] }));
    expect(counts.map((c) => c.key)).toEqual(['s1/l1', 's2/l1', 's2/l2']);
  });
});
