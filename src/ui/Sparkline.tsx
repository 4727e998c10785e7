/** A tiny line of a KPI's history; the last point is marked. */
export function Sparkline({
  values,
  color,
  width = 64,
  height = 20,
}: {
  values: readonly number[];
  color: string;
  width?: number;
  height?: number;
}) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((v, i) => [
    (i / (values.length - 1)) * (width - 4) + 2,
    height - 2 - ((v - min) / span) * (height - 4),
  ]);
  const last = points[points.length - 1]!;
  return (
    <svg width={width} height={height} aria-hidden="true" className="shrink-0">
      <polyline
        points={points.map((p) => p.join(',')).join(' ')}
        fill="none"
        stroke={color}
        strokeWidth={1.5}
        strokeLinejoin="round"
      />
      <circle cx={last[0]} cy={last[1]} r={2.2} fill={color} />
    </svg>
  );
}
