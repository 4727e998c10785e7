import type { Layout } from '../../canvas/layout.ts';
import { routeBetween, routeGridOf, spreadOf, type Point } from '../../canvas/route.ts';
import type { MapState } from '../../doc/schema.ts';
import { lineLook, lineText } from '../../ui/connectionLook.ts';
import { INK } from './look.ts';
import type { Measure, PathSegment, Shape } from './types.ts';

/*
 * Connections between cards as the canvas routes them (through the gutters between
 * cards), with an arrowhead and their label; missing and broken flows in red.
 */

function arrowhead(points: readonly Point[], color: string, size: number): Shape | null {
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  if (!tip || !before) return null;
  const len = Math.hypot(tip.x - before.x, tip.y - before.y) || 1;
  const ux = (tip.x - before.x) / len;
  const uy = (tip.y - before.y) / len;
  const base = { x: tip.x - ux * size, y: tip.y - uy * size };
  return {
    kind: 'path',
    fill: color,
    segments: [
      { op: 'M', to: [tip.x, tip.y] },
      { op: 'L', to: [base.x - uy * size * 0.5, base.y + ux * size * 0.5] },
      { op: 'L', to: [base.x + uy * size * 0.5, base.y - ux * size * 0.5] },
      { op: 'Z' },
    ],
  };
}

/** The connections whose two cards are both in `layout`. */
export function connectionShapes(map: MapState, layout: Layout, measure: Measure): Shape[] {
  const boxes = new Map(layout.cards.map((c) => [c.card.id, c]));
  const grid = routeGridOf(layout);
  const lines: Shape[] = [];
  const labels: Shape[] = [];
  for (const connection of map.connections) {
    const from = boxes.get(connection.from);
    const to = boxes.get(connection.to);
    if (!from || !to) continue;
    const route = routeBetween(from, to, grid, spreadOf(connection.id));
    const look = lineLook(connection.kind, connection.status);
    const segments: PathSegment[] = route.points.map((p, i) => ({
      op: i === 0 ? 'M' : 'L',
      to: [p.x, p.y],
    }));
    const dash = look.dash?.split(/[\s,]+/).map(Number);
    lines.push({ kind: 'path', segments, stroke: look.color, strokeWidth: look.width, dash });
    const head = arrowhead(route.points, look.color, 10);
    if (head) lines.push(head);
    const text = lineText(connection);
    if (!text) continue;
    const size = 11;
    const w = measure(text, size, 600) + 10;
    const { x, y } = route.label;
    labels.push(
      {
        kind: 'rect',
        x: x - w / 2,
        y: y - 9,
        w,
        h: 18,
        radius: 4,
        fill: look.alarm ? '#fef2f2' : '#ffffff',
        stroke: look.alarm ? look.color : '#cbd5e1',
      },
      {
        kind: 'text',
        x,
        y: y - 7,
        lines: [text],
        size,
        weight: 600,
        color: look.alarm ? look.color : INK,
        anchor: 'middle',
        lineHeight: 14,
        role: 'connection',
      },
    );
  }
  return [...lines, ...labels];
}
