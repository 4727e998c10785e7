import {
  COLUMN_W,
  LANE_HEADER_W,
  STAGE_HEADER_H,
  layoutMap,
  type CardBox,
  type LaneBox,
  type StageBox,
} from '../../canvas/layout.ts';
import { CARD_STYLES, CHANNEL_LABELS, LANE_STYLES } from '../../canvas/cardStyles.ts';
import { PERSONA_COLORS, emotionCurves, scoreToY } from '../../canvas/emotion.ts';
import type { MapState } from '../../doc/schema.ts';
import { cardKpiLine } from './kpiLine.ts';
import { BAND, BODY, INK, KIND_LOOK, LANE_LOOK, MUTED, RULE } from './look.ts';
import { avatar, evidenceBars, parsePath, star } from './symbols.ts';
import { fitText } from './text.ts';
import type { Measure, Scene, Shape } from './types.ts';

/*
 * The map (or a block of its stages and lanes) as shapes: headers, tinted cells,
 * cards with every title in full, and the emotion curves. Pure: map in, shapes out.
 */

export interface Part {
  /** Index of the first and one past the last stage / lane; the whole map by default. */
  stages?: [number, number];
  lanes?: [number, number];
}

type Ctx = { map: MapState; measure: Measure; people: Map<string, MapState['people'][number]> };

function stageHeader({ measure, people }: Ctx, box: StageBox): Shape[] {
  const { stage } = box;
  const shapes: Shape[] = [
    { kind: 'rect', x: box.x, y: 0, w: box.w, h: box.h, fill: '#ffffff', stroke: RULE },
  ];
  const width = box.w - 32;
  const owner = stage.ownerId ? people.get(stage.ownerId) : undefined;
  const name = fitText(stage.name || 'Untitled stage', { width, height: 46 }, 18, 11, 700, measure);
  shapes.push({
    kind: 'text', x: box.x + 16, y: 14, lines: name.lines, size: name.size, weight: 700, color: INK, role: 'stage',
  });
  const used = 14 + name.lines.length * name.size * 1.3 + 4;
  const room = box.h - used - (owner ? 34 : 10);
  if (stage.goal.trim()) {
    const goal = fitText(stage.goal, { width, height: room }, 12.5, 9, 400, measure);
    shapes.push({
      kind: 'text', x: box.x + 16, y: used, lines: goal.lines, size: goal.size, weight: 400, color: BODY, role: 'goal',
    });
  }
  if (owner) {
    shapes.push(...avatar(owner.name, owner.color, box.x + 27, box.h - 20, 11));
    const label = fitText(owner.name, { width: width - 30, height: 16 }, 12, 9, 400, measure);
    shapes.push({
      kind: 'text', x: box.x + 44, y: box.h - 28, lines: label.lines, size: label.size, weight: 400, color: MUTED,
    });
  }
  return shapes;
}

function laneHeader({ map, measure }: Ctx, box: LaneBox): Shape[] {
  const { lane } = box;
  const look = LANE_LOOK[lane.kind];
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: box.y, w: box.w, h: box.h, fill: BAND, stroke: RULE },
    { kind: 'rect', x: 0, y: box.y, w: 4, h: box.h, fill: look.edge },
  ];
  const name = fitText(lane.name || 'Untitled lane', { width: box.w - 36, height: 60 }, 15, 10, 700, measure);
  shapes.push({
    kind: 'text', x: 18, y: box.y + 14, lines: name.lines, size: name.size, weight: 700, color: INK, role: 'lane',
  });
  let y = box.y + 14 + name.lines.length * name.size * 1.3 + 2;
  const kindLabel = LANE_STYLES[lane.kind].label;
  if (kindLabel.toLowerCase() !== lane.name.trim().toLowerCase()) {
    shapes.push({ kind: 'text', x: 18, y, lines: [kindLabel], size: 11, weight: 400, color: MUTED });
    y += 18;
  }
  y += 4;
  if (lane.kind !== 'emotion') return shapes;
  for (const [i, persona] of map.personas.entries()) {
    const curve = { color: PERSONA_COLORS[i % PERSONA_COLORS.length]! };
    const label = fitText(persona.name, { width: box.w - 60, height: 16 }, 12, 9, 600, measure);
    shapes.push(
      { kind: 'rect', x: 18, y: y + 5, w: 16, h: 3, fill: curve.color },
      { kind: 'text', x: 40, y, lines: label.lines, size: label.size, weight: 600, color: BODY, role: 'persona' },
    );
    y += label.lines.length * label.size * 1.3 + 4;
  }
  return shapes;
}

function card({ map, measure, people }: Ctx, box: CardBox): Shape[] {
  const { card: c } = box;
  const look = KIND_LOOK[c.kind];
  const shapes: Shape[] = [
    { kind: 'rect', x: box.x, y: box.y, w: box.w, h: box.h, fill: '#ffffff', stroke: RULE, radius: 8 },
    { kind: 'rect', x: box.x, y: box.y, w: 6, h: box.h, fill: look.stripe, radius: 3 },
  ];
  const left = box.x + 18;
  const width = box.w - 30;
  let x = left;
  const label = CARD_STYLES[c.kind].label.toUpperCase();
  shapes.push({ kind: 'text', x, y: box.y + 9, lines: [label], size: 10.5, weight: 600, color: look.caption });
  x += measure(label, 10.5, 600) + 8;
  if (c.channel) {
    const channel = CHANNEL_LABELS[c.channel] ?? c.channel;
    const w = measure(channel, 10.5, 400) + 10;
    shapes.push(
      { kind: 'rect', x, y: box.y + 7, w, h: 17, radius: 3, fill: '#f1f5f9' },
      { kind: 'text', x: x + 5, y: box.y + 9.5, lines: [channel], size: 10.5, weight: 400, color: '#475569' },
    );
    x += w + 8;
  }
  if (c.momentOfTruth) shapes.push(star(x + 7, box.y + 15.5, 7));
  const owner = c.ownerId ? people.get(c.ownerId) : undefined;
  const kpis = c.kpiIds.flatMap((id) => map.kpis.filter((k) => k.id === id));
  const bottom = box.y + box.h - 8;
  let fx = left;
  const footer: Shape[] = [];
  if (owner) {
    footer.push(...avatar(owner.name, owner.color, fx + 11, bottom - 11, 11));
    fx += 28;
  }
  if (kpis[0])
    footer.push(...cardKpiLine(kpis[0], kpis.length - 1, fx, bottom, box.x + box.w - 30 - fx, measure));
  const footerTop = Math.min(bottom + 2, ...footer.map((s) => (s.kind === 'rect' ? s.y : s.kind === 'circle' ? s.cy - s.r : bottom)));
  const titleTop = box.y + 31;
  const room = footerTop - 4 - titleTop;
  const title = fitText(c.title || 'Untitled card', { width, height: room }, 15, 10, 600, measure);
  shapes.push({
    kind: 'text', x: left, y: titleTop, lines: title.lines, size: title.size, weight: 600, color: INK, role: 'card',
  }, ...footer);
  shapes.push(...evidenceBars(c.evidence, box.x + box.w - 10, bottom - 2));
  return shapes;
}

function emotionLane(ctx: Ctx, box: LaneBox, part: MapState, width: number): Shape[] {
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
      shapes.push({ kind: 'circle', cx: LANE_HEADER_W + p.x, cy: box.y + p.y, r: 5, fill: curve.color, stroke: '#ffffff', strokeWidth: 2 });
  }
  return shapes;
}

const at = ([x, y]: [number, number], box: LaneBox): [number, number] => [LANE_HEADER_W + x, box.y + y];

/** The map, or the given block of it, as a scene the size of its layout. */
export function mapScene(map: MapState, measure: Measure, part: Part = {}): Scene {
  const [s0, s1] = part.stages ?? [0, map.stages.length];
  const [l0, l1] = part.lanes ?? [0, map.lanes.length];
  const stages = map.stages.slice(s0, s1);
  const lanes = map.lanes.slice(l0, l1);
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  const sub = { ...map, stages, lanes, cards: map.cards.filter((c) => stageIds.has(c.stageId) && laneIds.has(c.laneId)) };
  const layout = layoutMap(sub);
  const ctx: Ctx = { map, measure, people: new Map(map.people.map((p) => [p.id, p])) };
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: LANE_HEADER_W, h: STAGE_HEADER_H, fill: '#ffffff', stroke: RULE },
  ];
  for (const lane of layout.lanes) {
    shapes.push({
      kind: 'rect', x: LANE_HEADER_W, y: lane.y, w: layout.width - LANE_HEADER_W, h: lane.h,
      fill: LANE_LOOK[lane.lane.kind].cell, stroke: RULE,
    });
  }
  for (const stage of layout.stages)
    shapes.push({
      kind: 'path',
      segments: [
        { op: 'M', to: [stage.x + COLUMN_W, STAGE_HEADER_H] },
        { op: 'L', to: [stage.x + COLUMN_W, layout.height] },
      ],
      stroke: RULE,
      strokeWidth: 1,
    });
  for (const stage of layout.stages) shapes.push(...stageHeader(ctx, stage));
  for (const lane of layout.lanes) {
    shapes.push(...laneHeader(ctx, lane));
    if (lane.lane.kind === 'emotion') shapes.push(...emotionLane(ctx, lane, sub, layout.width));
  }
  for (const box of layout.cards) shapes.push(...card(ctx, box));
  return { width: layout.width, height: layout.height, shapes };
}
