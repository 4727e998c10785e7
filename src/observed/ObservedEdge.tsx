import type { LayerEdgeProps } from '../canvas/slots.ts';
import { formatCount, formatShare } from './format.ts';
import type { ObservedEdgeData } from './useObservedEdges.ts';

/*
 * One observed transition: a line as wide as the share of cases it carries, teal when the
 * map designs it, amber when it does not (unplanned), dashed when it goes back to an earlier
 * stage; its count in a pill. Designed steps (the "both" view) are thin grey dashes.
 */

export const OBSERVED_COLORS = { planned: '#0f766e', unplanned: '#d97706', designed: '#94a3b8' };

type Point = LayerEdgeProps['points'][number];

function arrowHead(points: readonly Point[], size: number): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? tip;
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.6;
  return `M ${tip.x} ${tip.y} L ${bx - uy * half} ${by + ux * half} L ${bx + uy * half} ${by - ux * half} Z`;
}

/** Stroke width for a share of cases: 2 px for a trickle, up to 14 px for everyone. */
export const widthFor = (share: number) => 2 + 12 * Math.sqrt(Math.min(1, share));

export function ObservedEdge({ edge, path, points, label }: LayerEdgeProps<ObservedEdgeData>) {
  const data = edge.data;
  if (!data) return null;
  if (data.kind === 'designed') {
    return (
      <g>
        <path
          d={path}
          fill="none"
          stroke={OBSERVED_COLORS.designed}
          strokeWidth={2}
          strokeDasharray="2 6"
          strokeLinecap="round"
        />
        <path d={arrowHead(points, 8)} fill={OBSERVED_COLORS.designed} />
      </g>
    );
  }
  const color = data.unplanned ? OBSERVED_COLORS.unplanned : OBSERVED_COLORS.planned;
  const width = widthFor(data.share);
  const text = `${data.backward ? '↩ ' : ''}${formatCount(data.cases)} · ${formatShare(data.share)}`;
  const charW = 8.6;
  const pillW = text.length * charW + 16;
  return (
    <g opacity={data.dimmed ? 0.15 : 0.92}>
      <title>{edge.name}</title>
      <path
        d={path}
        fill="none"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={data.backward ? `${width * 1.6} ${width}` : undefined}
        strokeLinejoin="round"
      />
      <path d={arrowHead(points, 10 + width)} fill={color} />
      {label.room > pillW * 0.6 && (
        <g transform={`translate(${label.x} ${label.y})`}>
          <rect
            x={-pillW / 2}
            y={-13}
            width={pillW}
            height={26}
            rx={13}
            fill={data.unplanned ? '#fffbeb' : '#ffffff'}
            stroke={color}
            strokeWidth={1.5}
          />
          <text
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={15}
            fontWeight={700}
            fill={data.unplanned ? '#78350f' : '#134e4a'}
          >
            {text}
          </text>
        </g>
      )}
    </g>
  );
}
