import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { KpiData } from '../doc/index.ts';
import { pointWords } from './pointWords.ts';

const WIDTH = 132;
const HEIGHT = 36;
const PAD = 4;

/**
 * A KPI's history as a line whose points can be read: hover shows the nearest point's date
 * and value; with the keyboard, focus the line and use the arrow keys (Home/End for the ends),
 * and a live region reads the point out.
 */
export function KpiSparkline({ kpi, color }: { kpi: KpiData; color: string }) {
  const [active, setActive] = useState<number | null>(null);
  const tipId = useId();
  const points = kpi.history;
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const xy = values.map((v, i) => [
    PAD + (i / (values.length - 1)) * (WIDTH - 2 * PAD),
    HEIGHT - PAD - ((v - min) / span) * (HEIGHT - 2 * PAD),
  ]);
  const last = points.length - 1;
  const nearest = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * WIDTH;
    const i = Math.round(((x - PAD) / (WIDTH - 2 * PAD)) * last);
    setActive(Math.min(last, Math.max(0, i)));
  };
  const keys = (e: KeyboardEvent) => {
    const at = active ?? last;
    const next =
      e.key === 'ArrowLeft'
        ? Math.max(0, at - 1)
        : e.key === 'ArrowRight'
          ? Math.min(last, at + 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  const shown = active === null ? null : points[active]!;

  return (
    <div className="relative shrink-0">
      <svg
        width={WIDTH}
        height={HEIGHT}
        role="group"
        tabIndex={0}
        aria-label={`History of ${kpi.name || 'this KPI'}: ${points.length} values, from ${pointWords(points[0]!, kpi.unit)} to ${pointWords(points[last]!, kpi.unit)}. Arrow keys read each value.`}
        aria-describedby={shown ? tipId : undefined}
        onPointerMove={nearest}
        onPointerLeave={() => setActive(null)}
        onFocus={() => setActive(last)}
        onBlur={() => setActive(null)}
        onKeyDown={keys}
        className="cursor-crosshair rounded focus-visible:outline-2 focus-visible:outline-indigo-500"
      >
        <polyline
          points={xy.map((p) => p.join(',')).join(' ')}
          fill="none"
          stroke={color}
          strokeWidth={1.75}
          strokeLinejoin="round"
        />
        {xy.map(([x, y], i) => (
          <circle
            key={i}
            cx={x}
            cy={y}
            r={i === active ? 3.5 : i === last ? 2.5 : 1.5}
            fill={i === active ? '#1e1b4b' : color}
          />
        ))}
      </svg>
      <p
        id={tipId}
        role="status"
        className={
          shown
            ? 'absolute top-full right-0 z-10 mt-1 rounded-md bg-slate-900 px-2 py-1 text-xs font-medium whitespace-nowrap text-white shadow-lg'
            : 'sr-only'
        }
      >
        {shown ? pointWords(shown, kpi.unit) : ''}
      </p>
    </div>
  );
}
