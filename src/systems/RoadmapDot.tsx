import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { updateSystem, type RoadmapQuadrant, type SystemData } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';
import { QUADRANT_COLORS, QUADRANT_LABELS, fromX, fromY, toX, toY } from './roadmapGeometry.ts';

/** A pointer that moved less than this (SVG units) clicked rather than dragged. */
const CLICK_SLOP = 4;

const KEYS: Record<string, ['importance' | 'maturity', number]> = {
  ArrowUp: ['importance', 1],
  ArrowDown: ['importance', -1],
  // Maturity runs from high on the left to low on the right.
  ArrowRight: ['maturity', -1],
  ArrowLeft: ['maturity', 1],
};

/** One system on the roadmap: drag or arrow keys re-score it, a click or Enter picks it. */
export function RoadmapDot({
  system,
  quadrant,
  dx,
  dy,
  lines,
  focused,
  readOnly,
  onFocus,
}: {
  system: SystemData;
  quadrant: RoadmapQuadrant;
  dx: number;
  dy: number;
  /** The name as drawn under the dot (placeDots). */
  lines: readonly string[];
  focused: boolean;
  readOnly: boolean;
  onFocus(): void;
}) {
  const doc = useMapDoc();
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const svgPoint = (e: PointerEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement!;
    const point = svg.createSVGPoint();
    point.x = e.clientX;
    point.y = e.clientY;
    return point.matrixTransform(svg.getScreenCTM()!.inverse());
  };
  const x = drag?.x ?? toX(system.maturity) + dx;
  const y = drag?.y ?? toY(system.importance) + dy;
  const name = system.name || 'Untitled system';

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onFocus();
      return;
    }
    const change = KEYS[e.key];
    if (!change || readOnly) return;
    e.preventDefault();
    const [field, step] = change;
    updateSystem(doc, system.id, { [field]: system[field] + step });
  };

  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`System ${name}, importance ${system.importance}, maturity ${system.maturity}, ${QUADRANT_LABELS[quadrant].toLowerCase()}`}
      aria-pressed={focused}
      data-quadrant={quadrant}
      className={`outline-none focus-visible:[&>circle]:stroke-indigo-600 ${readOnly ? 'cursor-pointer' : 'cursor-grab'}`}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        const p = svgPoint(e);
        start.current = { x: p.x, y: p.y };
        if (!readOnly) setDrag({ x: p.x, y: p.y });
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const p = svgPoint(e);
        setDrag({ x: p.x, y: p.y });
      }}
      onPointerUp={(e) => {
        const from = start.current;
        start.current = null;
        const p = svgPoint(e);
        setDrag(null);
        if (!from || Math.hypot(p.x - from.x, p.y - from.y) < CLICK_SLOP) {
          onFocus();
          return;
        }
        if (readOnly) return;
        const next = { maturity: fromX(p.x), importance: fromY(p.y) };
        if (next.maturity !== system.maturity || next.importance !== system.importance)
          updateSystem(doc, system.id, next);
      }}
    >
      {focused && <circle cx={x} cy={y} r={18} fill="none" stroke="#f59e0b" strokeWidth={4} />}
      <circle
        cx={x}
        cy={y}
        r={11}
        fill={QUADRANT_COLORS[quadrant]}
        stroke="white"
        strokeWidth={2.5}
      />
      <text
        x={x}
        y={y + 26}
        textAnchor="middle"
        fontSize={11}
        fontWeight={600}
        fill="#1e293b"
        paintOrder="stroke"
        stroke="#ffffff"
        strokeWidth={3}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : 13}>
            {line}
          </tspan>
        ))}
      </text>
      <title>{`${name}: importance ${system.importance}, maturity ${system.maturity}`}</title>
    </g>
  );
}
