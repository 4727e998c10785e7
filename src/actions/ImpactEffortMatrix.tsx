import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { quadrant, updateAction, type ActionData } from '../doc/index.ts';
import { useMapDoc } from '../editor/MapContext.tsx';

const W = 520;
const H = 400;
const PAD = 36;
const cellW = (W - PAD * 2) / 5;
const cellH = (H - PAD * 2) / 5;

const toX = (effort: number) => PAD + (effort - 0.5) * cellW;
const toY = (impact: number) => PAD + (5.5 - impact) * cellH;
const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));
const fromX = (x: number) => clamp((x - PAD) / cellW + 0.5);
const fromY = (y: number) => clamp(5.5 - (y - PAD) / cellH);

const QUADRANTS = [
  { label: 'Quick wins', x: PAD, y: PAD, fill: '#ecfdf5' },
  { label: 'Big bets', x: PAD + 2 * cellW, y: PAD, fill: '#eef2ff' },
  { label: 'Fill-ins', x: PAD, y: PAD + 3 * cellH, fill: '#f8fafc' },
  { label: 'Money pits', x: PAD + 2 * cellW, y: PAD + 3 * cellH, fill: '#fef2f2' },
];
const cellOf = (a: ActionData) => `${a.impact}/${a.effort}`;

const DOT_COLORS = {
  'quick-win': '#059669',
  'big-bet': '#4f46e5',
  'fill-in': '#64748b',
  'money-pit': '#dc2626',
};

/** Open actions on an impact/effort grid; drag a dot (or use the arrow keys) to re-score it. */
export function ImpactEffortMatrix({
  actions,
  readOnly,
}: {
  actions: ActionData[];
  readOnly: boolean;
}) {
  // Actions sharing a cell stack in it (three to a column) so no dot covers another.
  const count = new Map<string, number>();
  for (const a of actions) count.set(cellOf(a), (count.get(cellOf(a)) ?? 0) + 1);
  const slot = new Map<string, number>();
  const placed = actions.map((action) => {
    const key = cellOf(action);
    const n = slot.get(key) ?? 0;
    slot.set(key, n + 1);
    const inColumn = Math.min(3, count.get(key) ?? 1);
    const row = n % 3;
    const column = Math.floor(n / 3);
    const dx = column === 0 ? 0 : column * 26 - 13;
    return { action, dx, dy: (row - (inColumn - 1) / 2) * 21 };
  });
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className="h-full max-h-[560px] w-auto max-w-full"
      role="group"
      aria-label="Impact and effort matrix"
    >
      {QUADRANTS.map((q) => (
        <g key={q.label}>
          <rect
            x={q.x}
            y={q.y}
            width={q.label.startsWith('Quick') || q.label === 'Fill-ins' ? 2 * cellW : 3 * cellW}
            height={q.y === PAD ? 3 * cellH : 2 * cellH}
            fill={q.fill}
          />
          <text x={q.x + 8} y={q.y + 18} className="fill-slate-500 text-[13px] font-semibold">
            {q.label}
          </text>
        </g>
      ))}
      <rect x={PAD} y={PAD} width={W - 2 * PAD} height={H - 2 * PAD} fill="none" stroke="#cbd5e1" />
      <text x={W / 2} y={H - 8} textAnchor="middle" className="fill-slate-600 text-[12px]">
        Effort →
      </text>
      <text
        x={12}
        y={H / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${H / 2})`}
        className="fill-slate-600 text-[12px]"
      >
        Impact →
      </text>
      {placed.map(({ action, dx, dy }) => (
        <Dot key={action.id} action={action} dx={dx} dy={dy} readOnly={readOnly} />
      ))}
    </svg>
  );
}

function Dot({
  action,
  dx,
  dy,
  readOnly,
}: {
  action: ActionData;
  dx: number;
  dy: number;
  readOnly: boolean;
}) {
  const doc = useMapDoc();
  const [drag, setDrag] = useState<{ x: number; y: number } | null>(null);
  const svgPoint = (e: PointerEvent<SVGGElement>) => {
    const svg = e.currentTarget.ownerSVGElement!;
    const point = svg.createSVGPoint();
    point.x = e.clientX;
    point.y = e.clientY;
    return point.matrixTransform(svg.getScreenCTM()!.inverse());
  };
  const x = drag?.x ?? toX(action.effort) + dx;
  const y = drag?.y ?? toY(action.impact) + dy;
  const onKeyDown = (e: KeyboardEvent) => {
    const change = {
      ArrowUp: ['impact', 1],
      ArrowDown: ['impact', -1],
      ArrowRight: ['effort', 1],
      ArrowLeft: ['effort', -1],
    }[e.key] as ['impact' | 'effort', number] | undefined;
    if (!change || readOnly) return;
    e.preventDefault();
    updateAction(doc, action.id, { [change[0]]: action[change[0]] + change[1] });
  };
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`Action ${action.title}, impact ${action.impact}, effort ${action.effort}`}
      aria-disabled={readOnly || undefined}
      data-quadrant={quadrant(action)}
      className={
        readOnly ? '' : 'cursor-grab outline-none focus-visible:[&>circle]:stroke-indigo-600'
      }
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (readOnly) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        const p = svgPoint(e);
        setDrag({ x: p.x, y: p.y });
      }}
      onPointerMove={(e) => {
        if (!drag) return;
        const p = svgPoint(e);
        setDrag({ x: p.x, y: p.y });
      }}
      onPointerUp={() => {
        if (!drag) return;
        const next = { effort: fromX(drag.x), impact: fromY(drag.y) };
        setDrag(null);
        if (next.effort !== action.effort || next.impact !== action.impact)
          updateAction(doc, action.id, next);
      }}
    >
      <circle
        cx={x}
        cy={y}
        r={9}
        fill={DOT_COLORS[quadrant(action)]}
        stroke="white"
        strokeWidth={2.5}
      />
      {/* Right of the dot, or left of it near the right edge, so that no label is cut. */}
      <text
        x={action.effort >= 4 ? x - 13 : x + 13}
        y={y + 4}
        textAnchor={action.effort >= 4 ? 'end' : 'start'}
        className="pointer-events-none fill-slate-800 text-[13px] font-medium"
      >
        {action.title.length > 24 ? `${action.title.slice(0, 23)}…` : action.title}
      </text>
      <title>{`${action.title} — impact ${action.impact}, effort ${action.effort}`}</title>
    </g>
  );
}

export { fromX, fromY, toX, toY };
