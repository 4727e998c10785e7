import type { LayerEdgeProps } from '../canvas/slots.ts';
import type { ConnectionData } from '../doc/index.ts';
import { lineLook, lineText } from '../ui/connectionLook.ts';
import { EdgeLabel } from './EdgeLabel.tsx';

/* One connection on the canvas: its line in the look of its kind and status, an arrow, a label. */

type Point = LayerEdgeProps['points'][number];

const HALO = {
  selected: '#6366f1',
  added: '#059669',
  changed: '#f59e0b',
  moved: '#0284c7',
  removed: '#e11d48',
  origin: '#0284c7',
};

/** A filled (or open) arrowhead at the end of the route, pointing along its last run. */
function arrowHead(points: readonly Point[], size: number): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? tip;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.55;
  return `M ${tip.x} ${tip.y} L ${bx - uy * half} ${by + ux * half} L ${bx + uy * half} ${by - ux * half} Z`;
}

export function ConnectionEdge({
  edge,
  path,
  points,
  label,
  selected,
  mark,
}: LayerEdgeProps<ConnectionData>) {
  const connection = edge.data;
  if (!connection) return null;
  const look = lineLook(connection.kind, connection.status);
  const halo = selected ? HALO.selected : mark ? HALO[mark] : null;
  const words = [
    mark === 'added' ? 'Added' : mark === 'removed' ? 'Removed' : '',
    lineText(connection),
  ]
    .filter(Boolean)
    .join(' · ');
  const head = arrowHead(points, 11);
  return (
    <g opacity={mark === 'removed' ? 0.5 : 1}>
      {/* Wide and invisible: a line is easy to click. */}
      <path d={path} fill="none" stroke="transparent" strokeWidth={12} />
      {halo && (
        <path
          d={path}
          fill="none"
          stroke={halo}
          strokeOpacity={0.35}
          strokeWidth={look.width + 8}
          strokeLinejoin="round"
        />
      )}
      <path
        d={path}
        fill="none"
        stroke={look.color}
        strokeWidth={look.width}
        strokeDasharray={look.dash}
        strokeLinecap={look.cap}
        strokeLinejoin="round"
      />
      <path
        d={head}
        fill={connection.kind === 'depends' ? '#ffffff' : look.color}
        stroke={look.color}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      {words && <EdgeLabel spot={label} text={words} alarm={look.alarm} color={look.color} />}
    </g>
  );
}
