import type { LayerEdgeProps } from '../canvas/slots.ts';

type Point = LayerEdgeProps['points'][number];

const COLOR = '#0284c7';

/** An arrowhead at the end of the route, along its last run. */
function head(points: readonly Point[], size: number): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? tip;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [ux, uy] = [(tip.x - from.x) / len, (tip.y - from.y) / len];
  const [bx, by] = [tip.x - ux * size, tip.y - uy * size];
  const half = size * 0.55;
  return `M ${tip.x} ${tip.y} L ${bx - uy * half} ${by + ux * half} L ${bx + uy * half} ${by - ux * half} Z`;
}

/** From where a moved card was to where it is now: a dashed arrow in the "Moved" colour. */
export function MoveArrow({ path, points }: LayerEdgeProps) {
  return (
    <g data-testid="move-arrow">
      <path
        d={path}
        fill="none"
        stroke={COLOR}
        strokeWidth={3}
        strokeDasharray="8 6"
        strokeLinejoin="round"
      />
      <path d={head(points, 14)} fill={COLOR} stroke={COLOR} strokeLinejoin="round" />
    </g>
  );
}
