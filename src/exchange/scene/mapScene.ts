import { COLUMN_W, LANE_HEADER_W, STAGE_HEADER_H, layoutMap } from '../../canvas/layout.ts';
import type { MapState } from '../../doc/schema.ts';
import { card } from './cardShapes.ts';
import { connectionShapes } from './connections.ts';
import { emotionLane } from './emotionLane.ts';
import { laneHeader, stageHeader } from './headers.ts';
import { LANE_LOOK, RULE } from './look.ts';
import type { Ctx, Measure, Scene, Shape } from './types.ts';

/*
 * The map (or a block of its stages and lanes) as shapes: headers, tinted cells,
 * cards with every title in full, and the emotion curves. Pure: map in, shapes out.
 */

export interface Part {
  /** Index of the first and one past the last stage / lane; the whole map by default. */
  stages?: [number, number];
  lanes?: [number, number];
}

/** The map, or the given block of it, as a scene the size of its layout. */
export function mapScene(map: MapState, measure: Measure, part: Part = {}): Scene {
  const [s0, s1] = part.stages ?? [0, map.stages.length];
  const [l0, l1] = part.lanes ?? [0, map.lanes.length];
  const stages = map.stages.slice(s0, s1);
  const lanes = map.lanes.slice(l0, l1);
  const stageIds = new Set(stages.map((s) => s.id));
  const laneIds = new Set(lanes.map((l) => l.id));
  const sub = {
    ...map,
    stages,
    lanes,
    cards: map.cards.filter((c) => stageIds.has(c.stageId) && laneIds.has(c.laneId)),
  };
  const layout = layoutMap(sub);
  const ctx: Ctx = { map, measure, people: new Map(map.people.map((p) => [p.id, p])) };
  const shapes: Shape[] = [
    {
      kind: 'rect',
      x: 0,
      y: 0,
      w: LANE_HEADER_W,
      h: STAGE_HEADER_H,
      fill: '#ffffff',
      stroke: RULE,
    },
  ];
  for (const lane of layout.lanes) {
    shapes.push({
      kind: 'rect',
      x: LANE_HEADER_W,
      y: lane.y,
      w: layout.width - LANE_HEADER_W,
      h: lane.h,
      fill: LANE_LOOK[lane.lane.kind].cell,
      stroke: RULE,
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
  const lines = connectionShapes(map, layout, measure);
  shapes.push(...lines);
  // Routes may run in the band just under the map.
  return { width: layout.width, height: layout.height + (lines.length ? 24 : 0), shapes };
}
