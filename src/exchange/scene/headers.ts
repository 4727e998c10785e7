import type { LaneBox, StageBox } from '../../canvas/layout.ts';
import { LANE_STYLES } from '../../canvas/cardStyles.ts';
import { PERSONA_COLORS } from '../../canvas/emotion.ts';
import { BAND, BODY, INK, LANE_LOOK, MUTED, RULE } from './look.ts';
import { cardKpiLine } from './kpiLine.ts';
import { avatar } from './symbols.ts';
import { fitText } from './text.ts';
import type { Ctx, Shape } from './types.ts';

/* Stage and lane headers: names, goals and owners in full; the emotion lane names its personas. */

export function stageHeader({ map, measure, people }: Ctx, box: StageBox): Shape[] {
  const { stage } = box;
  const shapes: Shape[] = [
    { kind: 'rect', x: box.x, y: 0, w: box.w, h: box.h, fill: '#ffffff', stroke: RULE },
  ];
  const width = box.w - 32;
  const owner = stage.ownerId ? people.get(stage.ownerId) : undefined;
  const name = fitText(stage.name || 'Untitled stage', { width, height: 46 }, 18, 11, 700, measure);
  shapes.push({
    kind: 'text',
    x: box.x + 16,
    y: 14,
    lines: name.lines,
    size: name.size,
    weight: 700,
    color: INK,
    role: 'stage',
  });
  const used = 14 + name.lines.length * name.size * 1.3 + 4;
  // The stage's KPIs (one chip, "+N" for more), just above the owner.
  const kpis = map.kpis.filter((k) => k.stageId === stage.id);
  const chip = kpis[0]
    ? cardKpiLine(kpis[0], kpis.length - 1, box.x + 16, box.h - (owner ? 36 : 8), width, measure)
    : [];
  shapes.push(...chip);
  const chipTop = chip[0]?.kind === 'rect' ? chip[0].y : box.h - (owner ? 34 : 10);
  const room = chipTop - 4 - used;
  if (stage.goal.trim()) {
    const goal = fitText(stage.goal, { width, height: room }, 12.5, 9, 400, measure);
    shapes.push({
      kind: 'text',
      x: box.x + 16,
      y: used,
      lines: goal.lines,
      size: goal.size,
      weight: 400,
      color: BODY,
      role: 'goal',
    });
  }
  if (owner) {
    shapes.push(...avatar(owner.name, owner.color, box.x + 27, box.h - 20, 11));
    const label = fitText(owner.name, { width: width - 30, height: 16 }, 12, 9, 400, measure);
    shapes.push({
      kind: 'text',
      x: box.x + 44,
      y: box.h - 28,
      lines: label.lines,
      size: label.size,
      weight: 400,
      color: MUTED,
    });
  }
  return shapes;
}

export function laneHeader({ map, measure }: Ctx, box: LaneBox): Shape[] {
  const { lane } = box;
  const look = LANE_LOOK[lane.kind];
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: box.y, w: box.w, h: box.h, fill: BAND, stroke: RULE },
    { kind: 'rect', x: 0, y: box.y, w: 4, h: box.h, fill: look.edge },
  ];
  const name = fitText(
    lane.name || 'Untitled lane',
    { width: box.w - 36, height: 60 },
    15,
    10,
    700,
    measure,
  );
  shapes.push({
    kind: 'text',
    x: 18,
    y: box.y + 14,
    lines: name.lines,
    size: name.size,
    weight: 700,
    color: INK,
    role: 'lane',
  });
  let y = box.y + 14 + name.lines.length * name.size * 1.3 + 2;
  const kindLabel = LANE_STYLES[lane.kind].label;
  if (kindLabel.toLowerCase() !== lane.name.trim().toLowerCase()) {
    shapes.push({
      kind: 'text',
      x: 18,
      y,
      lines: [kindLabel],
      size: 11,
      weight: 400,
      color: MUTED,
    });
    y += 18;
  }
  y += 4;
  if (lane.kind !== 'emotion') return shapes;
  for (const [i, persona] of map.personas.entries()) {
    const curve = { color: PERSONA_COLORS[i % PERSONA_COLORS.length]! };
    const label = fitText(persona.name, { width: box.w - 60, height: 16 }, 12, 9, 600, measure);
    shapes.push(
      { kind: 'rect', x: 18, y: y + 5, w: 16, h: 3, fill: curve.color },
      {
        kind: 'text',
        x: 40,
        y,
        lines: label.lines,
        size: label.size,
        weight: 600,
        color: BODY,
        role: 'persona',
      },
    );
    y += label.lines.length * label.size * 1.3 + 4;
  }
  return shapes;
}
