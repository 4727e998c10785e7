import { describe, expect, it } from 'vitest';
import type { CardData, LaneData, StageData } from '../doc/schema.ts';
import { emotionCurves, scoreToY, smoothPath, yToScore } from './emotion.ts';
import {
  CARD_H,
  CARD_W,
  COLUMN_W,
  EMOTION_LANE_H,
  LANE_HEADER_W,
  STAGE_HEADER_H,
  dropTargetAt,
  insertionIndex,
  layoutMap,
} from './layout.ts';

const stage = (id: string, order: string): StageData => ({
  id,
  name: id,
  order,
  goal: '',
  ownerId: null,
});
const lane = (id: string, order: string, kind: LaneData['kind'] = 'touchpoints'): LaneData => ({
  id,
  name: id,
  kind,
  order,
});
const card = (
  id: string,
  stageId: string,
  laneId: string,
  emotion: Record<string, number> = {},
): CardData => ({
  id,
  stageId,
  laneId,
  order: id,
  kind: 'touchpoint',
  title: id,
  description: '',
  channel: null,
  ownerId: null,
  emotion,
  momentOfTruth: false,
  evidence: 'assumption',
  reviewedAt: null,
  kpiIds: [],
  systemId: null,
  reliesOn: [],
  activities: [],
});

const stages = [stage('s1', 'a0'), stage('s2', 'a1')];
const lanes = [lane('l1', 'a0'), lane('emo', 'a1', 'emotion'), lane('l2', 'a2')];
const cards = [
  card('c1', 's1', 'l1', { p: 2 }),
  card('c2', 's1', 'l1'),
  card('c3', 's2', 'l2', { p: -1 }),
];
const layout = layoutMap({ stages, lanes, cards });

describe('layoutMap', () => {
  it('puts stages in columns after the lane headers and lanes in rows under the stage headers', () => {
    expect(layout.stages.map((s) => s.x)).toEqual([LANE_HEADER_W, LANE_HEADER_W + COLUMN_W]);
    expect(layout.lanes[0]!.y).toBe(STAGE_HEADER_H);
    expect(layout.lanes[1]!.y).toBe(layout.lanes[0]!.y + layout.lanes[0]!.h);
    expect(layout.lanes[1]!.h).toBe(EMOTION_LANE_H);
  });

  it('stacks cards in a cell without overlap and grows the lane to fit them', () => {
    const [a, b] = layout.cards.filter((c) => c.card.stageId === 's1');
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + CARD_H);
    expect(a!.x).toBe(b!.x);
    expect(layout.lanes[0]!.h).toBeGreaterThan(layout.lanes[2]!.h);
    for (const box of layout.cards) {
      const laneBox = layout.lanes[box.laneIndex]!;
      expect(box.y + box.h).toBeLessThanOrEqual(laneBox.y + laneBox.h);
    }
  });
});

describe('dropTargetAt', () => {
  const s2 = layout.stages[1]!;
  const l1 = layout.lanes[0]!;

  it('finds the cell and the index among the cards there', () => {
    const x = s2.x + COLUMN_W / 2;
    expect(dropTargetAt(layout, 'c1', x, l1.y + 10)).toEqual({
      stageId: 's2',
      laneId: 'l1',
      index: 0,
    });
    const c2 = layout.cards.find((c) => c.card.id === 'c2')!;
    const below = c2.y + CARD_H;
    expect(dropTargetAt(layout, 'c3', LANE_HEADER_W + CARD_W / 2, below)).toMatchObject({
      stageId: 's1',
      index: 2,
    });
  });

  it('does not count the dragged card itself', () => {
    const c1 = layout.cards.find((c) => c.card.id === 'c1')!;
    expect(dropTargetAt(layout, 'c1', c1.x + 1, c1.y + CARD_H + 20)?.index).toBe(0);
  });

  it('refuses the emotion lane and points outside the grid', () => {
    const emo = layout.lanes[1]!;
    expect(dropTargetAt(layout, 'c1', s2.x + 10, emo.y + 10)).toBeNull();
    expect(dropTargetAt(layout, 'c1', 10, l1.y + 10)).toBeNull();
    expect(dropTargetAt(layout, 'c1', s2.x + 10, layout.height + 10)).toBeNull();
  });
});

describe('insertionIndex', () => {
  it('counts the other items before the dropped centre', () => {
    expect(insertionIndex([10, 20, 30], 0, 25)).toBe(1);
    expect(insertionIndex([10, 20, 30], 2, 5)).toBe(0);
    expect(insertionIndex([10, 20, 30], 1, 100)).toBe(2);
  });
});

describe('emotion curve', () => {
  it('maps scores to heights and back', () => {
    for (const score of [-2, -1, 0, 1, 2]) expect(yToScore(scoreToY(score, 240), 240)).toBe(score);
    expect(scoreToY(2, 240)).toBeLessThan(scoreToY(-2, 240));
    expect(yToScore(-50, 240)).toBe(2);
  });

  it('draws one point per scored card in stage order', () => {
    const map = { personas: [{ id: 'p', name: 'Buyer', description: '' }] };
    const [curve] = emotionCurves(map, layout, layout.lanes[1]!, ['p']);
    expect(curve!.points.map((p) => [p.cardId, p.score])).toEqual([
      ['c1', 2],
      ['c3', -1],
    ]);
    expect(curve!.points[0]!.x).toBeLessThan(curve!.points[1]!.x);
    expect(curve!.path.startsWith('M ')).toBe(true);
    expect(emotionCurves(map, layout, layout.lanes[1]!, ['ghost'])).toEqual([]);
  });

  it('draws a smooth path through every point', () => {
    const path = smoothPath([
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 0 },
    ]);
    expect(path).toMatch(/^M 0 0 C .* 10 10 C .* 20 0$/);
    expect(smoothPath([])).toBe('');
  });
});

describe('smoothPath bounds', () => {
  it('keeps control points within the bounds', () => {
    const path = smoothPath(
      [
        { x: 0, y: 100 },
        { x: 10, y: 0 },
        { x: 20, y: 0 },
        { x: 30, y: 100 },
      ],
      { min: 0, max: 100 },
    );
    const ys = [...path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
  });
});
