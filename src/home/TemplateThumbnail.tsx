import { useMemo } from 'react';
import { layoutMap } from '../canvas/layout.ts';
import type { CardKind, MapState } from '../doc/index.ts';

/** A card's kind as its stripe colour on the canvas (cardStyles), for a thumbnail. */
const KIND_FILL: Record<CardKind, string> = {
  touchpoint: '#0ea5e9',
  action: '#6366f1',
  painpoint: '#f43f5e',
  opportunity: '#10b981',
  note: '#94a3b8',
  system: '#f59e0b',
};

/**
 * A template drawn from its own content: the canvas layout of its stages, lanes and cards as
 * coloured blocks, so the picture is always the map the template makes.
 */
export function TemplateThumbnail({
  map,
  name,
  className,
}: {
  map: MapState;
  name: string;
  className?: string;
}) {
  const layout = useMemo(() => layoutMap(map), [map]);
  const { width, height } = layout;
  return (
    <svg
      role="img"
      aria-label={`Preview of ${name}`}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      className={className}
    >
      <rect width={width} height={height} fill="#f8fafc" />
      {layout.stages.map((s) => (
        <rect
          key={s.stage.id}
          x={s.x + 8}
          y={8}
          width={s.w - 16}
          height={96}
          rx={12}
          fill="#c7d2fe"
        />
      ))}
      {layout.lanes.map((l) => (
        <rect
          key={l.lane.id}
          x={8}
          y={l.y + 8}
          width={180}
          height={l.h - 16}
          rx={10}
          fill="#e2e8f0"
        />
      ))}
      {layout.cards.map((c) => (
        <rect
          key={c.card.id}
          x={c.x}
          y={c.y}
          width={c.w}
          height={c.h}
          rx={12}
          fill={KIND_FILL[c.card.kind]}
          opacity={0.85}
        />
      ))}
    </svg>
  );
}
