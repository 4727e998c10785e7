import { roadmapQuadrant, type SystemData } from '../doc/index.ts';
import { RoadmapDot } from './RoadmapDot.tsx';
import {
  CELL_H,
  CELL_W,
  QUADRANT_LABELS,
  REGIONS,
  ROADMAP,
  placeDots,
  toX,
  toY,
} from './roadmapGeometry.ts';

const { width: W, height: H, pad: PAD } = ROADMAP;

/**
 * The systems on an importance × maturity chart. Drag a dot (or use the arrow keys) to
 * re-score it; click it (or press Enter) to pick it and ring the cards that rely on it.
 */
export function RoadmapChart({
  systems,
  focused,
  readOnly,
  onFocus,
}: {
  systems: readonly SystemData[];
  focused: string | null;
  readOnly: boolean;
  onFocus(id: string | null): void;
}) {
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="w-full"
      role="group"
      aria-label="Importance and maturity roadmap"
    >
      {REGIONS.map((r) => (
        <g key={r.quadrant} data-region={r.quadrant}>
          <rect
            x={PAD + r.x * CELL_W}
            y={PAD + r.y * CELL_H}
            width={r.w * CELL_W}
            height={r.h * CELL_H}
            fill={r.fill}
          />
          {/* Outside the plot above it, or along its bottom edge: never under a dot. */}
          <text
            x={PAD + r.x * CELL_W + 6}
            y={r.y === 0 ? PAD - 8 : H - PAD - 6}
            fill={r.ink}
            fontSize={13}
            fontWeight={r.quadrant === 'fix-first' ? 700 : 600}
          >
            {QUADRANT_LABELS[r.quadrant]}
          </text>
        </g>
      ))}
      <rect x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} fill="none" stroke="#cbd5e1" />
      {[5, 4, 3, 2, 1].map((m) => (
        <text
          key={`m${m}`}
          x={toX(m)}
          y={H - PAD + 15}
          textAnchor="middle"
          fontSize={11}
          fill="#64748b"
        >
          {m}
        </text>
      ))}
      {[1, 2, 3, 4, 5].map((i) => (
        <text
          key={`i${i}`}
          x={PAD - 8}
          y={toY(i) + 4}
          textAnchor="end"
          fontSize={11}
          fill="#64748b"
        >
          {i}
        </text>
      ))}
      <text x={W / 2} y={H - 6} textAnchor="middle" fontSize={12} fill="#475569">
        Maturity: high ← → low
      </text>
      <text
        x={12}
        y={H / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${H / 2})`}
        fontSize={12}
        fill="#475569"
      >
        Importance →
      </text>
      {placeDots(systems).map(({ item, dx, dy, lines }) => (
        <RoadmapDot
          key={item.id}
          system={item}
          quadrant={roadmapQuadrant(item)}
          dx={dx}
          dy={dy}
          lines={lines}
          focused={focused === item.id}
          readOnly={readOnly}
          onFocus={() => onFocus(focused === item.id ? null : item.id)}
        />
      ))}
    </svg>
  );
}
