import { LANE_HEADER_W, layoutMap, type LaneBox } from '../../canvas/layout.ts';
import { emotionCurves, scoreToY } from '../../canvas/emotion.ts';
import type { MapState } from '../../doc/schema.ts';
import { RULE } from './look.ts';
import { parsePath } from './symbols.ts';
import type { Ctx, Shape } from './types.ts';

/* The emotion lane: guide lines at +2, 0 and −2, and one curve per persona through its scores. */

export function emotionLane(ctx: Ctx, box: LaneBox, part: MapState, width: number): Shape[] {
  const shapes: Shape[] = [];
  for (const score of [2, 0, -2]) {
    const y = box.y + scoreToY(score, box.h);
    shapes.push({
      kind: 'path',
      segments: [
        { op: 'M', to: [LANE_HEADER_W, y] },
        { op: 'L', to: [width, y] },
      ],
      stroke: score === 0 ? '#cbd5e1' : RULE,
      strokeWidth: 1,
      dash: score === 0 ? undefined : [6, 6],
    });
  }
  // The curve runs through every scored card of these stages, whichever lanes are shown.
  const stageIds = new Set(part.stages.map((s) => s.id));
  const whole = layoutMap({
    stages: part.stages,
    lanes: ctx.map.lanes,
    cards: ctx.map.cards.filter((c) => stageIds.has(c.stageId)),
  });
  const personas = ctx.map.personas.map((p) => p.id);
  for (const curve of emotionCurves(ctx.map, whole, box, personas)) {
    const segments = parsePath(curve.path).map((s) =>
      s.op === 'Z'
        ? s
        : s.op === 'C'
          ? { ...s, c1: at(s.c1, box), c2: at(s.c2, box), to: at(s.to, box) }
          : { ...s, to: at(s.to, box) },
    );
    shapes.push({ kind: 'path', segments, stroke: curve.color, strokeWidth: 3 });
    for (const p of curve.points)
      shapes.push({
        kind: 'circle',
        cx: LANE_HEADER_W + p.x,
        cy: box.y + p.y,
        r: 5,
        fill: curve.color,
        stroke: '#ffffff',
        strokeWidth: 2,
      });
  }
  return shapes;
}

const at = ([x, y]: [number, number], box: LaneBox): [number, number] => [
  LANE_HEADER_W + x,
  box.y + y,
];
