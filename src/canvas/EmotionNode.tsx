import { memo, useContext, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useStoreApi, type NodeProps } from '@xyflow/react';
import { clampEmotion, setEmotion } from '../doc/index.ts';
import { useCanEdit, useMapDoc } from '../editor/MapContext.tsx';
import { EMOTION_LABELS } from '../ui/Face.tsx';
import { EmotionBeforeContext } from './EmotionBeforeContext.ts';
import { scoreToY, yToScore, type EmotionCurve, type EmotionPoint } from './emotion.ts';
import { COLUMN_W } from './layout.ts';
import type { EmotionNode as EmotionNodeType } from './nodes.ts';

const LEVELS = [2, 1, 0, -1, -2];

/** The emotion lane: guide lines, one smooth curve per persona, and draggable points. */
export const EmotionNode = memo(function EmotionNode({ data }: NodeProps<EmotionNodeType>) {
  const { curves, width, height } = data;
  const columns = Math.round(width / COLUMN_W);
  return (
    <svg
      width={width}
      height={height}
      className="overflow-visible"
      role="group"
      aria-label="Emotion curves"
    >
      {LEVELS.map((level) => (
        <g key={level}>
          <line
            x1={0}
            x2={width}
            y1={scoreToY(level, height)}
            y2={scoreToY(level, height)}
            stroke={level === 0 ? '#cbd5e1' : '#e2e8f0'}
            strokeDasharray={level === 0 ? undefined : '4 6'}
          />
          <text x={6} y={scoreToY(level, height) - 4} className="fill-slate-400 text-[11px]">
            {level > 0 ? `+${level}` : level}
          </text>
        </g>
      ))}
      {Array.from({ length: columns + 1 }, (_, i) => (
        <line key={i} x1={i * COLUMN_W} x2={i * COLUMN_W} y1={0} y2={height} stroke="#e2e8f0" />
      ))}
      {curves.map((curve) => (
        <Curve key={curve.personaId} curve={curve} height={height} />
      ))}
    </svg>
  );
});

function Curve({ curve, height }: { curve: EmotionCurve; height: number }) {
  return (
    <g>
      <path
        data-testid="emotion-curve"
        role="img"
        aria-label={`Emotion curve of ${curve.personaName}`}
        d={curve.path}
        fill="none"
        stroke={curve.color}
        strokeWidth={4}
        strokeLinecap="round"
      />
      <BeforePoints curve={curve} height={height} />
      {curve.points.map((point) => (
        <Point key={point.cardId} point={point} curve={curve} height={height} />
      ))}
      {curve.points.length === 1 && <LonePointLabel curve={curve} point={curve.points[0]!} />}
    </g>
  );
}

/**
 * Comparing versions: each score that changed keeps its old point as a dashed ghost, joined to
 * the new point, which is ringed.
 */
function BeforePoints({ curve, height }: { curve: EmotionCurve; height: number }) {
  const before = useContext(EmotionBeforeContext);
  if (!before) return null;
  return curve.points.map((point) => {
    const old = before.get(point.cardId)?.[curve.personaId];
    if (old === undefined) return null;
    const label = `${curve.personaName} at ${point.cardTitle}: ${
      old === null ? 'no score' : EMOTION_LABELS[old]
    } → ${EMOTION_LABELS[point.score]}`;
    return (
      <g key={point.cardId} role="img" aria-label={`Emotion changed: ${label}`}>
        {old !== null && (
          <>
            <line
              x1={point.x}
              x2={point.x}
              y1={scoreToY(old, height)}
              y2={point.y}
              stroke={curve.color}
              strokeWidth={2}
              strokeDasharray="4 4"
            />
            <circle
              data-testid="emotion-before"
              cx={point.x}
              cy={scoreToY(old, height)}
              r={8}
              fill="white"
              fillOpacity={0.6}
              stroke={curve.color}
              strokeOpacity={0.5}
              strokeWidth={2}
              strokeDasharray="3 3"
            />
          </>
        )}
        <circle cx={point.x} cy={point.y} r={14} fill="#f59e0b" fillOpacity={0.35} />
      </g>
    );
  });
}

/** A curve of one point is a dot: say whose it is, and how the curve grows. */
function LonePointLabel({ curve, point }: { curve: EmotionCurve; point: EmotionPoint }) {
  return (
    <text x={point.x + 16} y={point.y + 5} className="fill-slate-700 text-[13px]">
      <tspan className="font-semibold">
        {curve.personaName}: {EMOTION_LABELS[point.score]}
      </tspan>
      <tspan x={point.x + 16} dy={18}>
        Select another card and pick a face to extend the curve
      </tspan>
    </text>
  );
}

/** A point on the curve: drag it up or down, or use the arrow keys, to set the score. */
function Point({
  point,
  curve,
  height,
}: {
  point: EmotionPoint;
  curve: EmotionCurve;
  height: number;
}) {
  const doc = useMapDoc();
  const canEdit = useCanEdit();
  // Read when dragging rather than subscribed to: thousands of points need not re-render on zoom.
  const flow = useStoreApi();
  const [drag, setDrag] = useState<{ startY: number; startClientY: number; y: number } | null>(
    null,
  );
  const y = drag?.y ?? point.y;
  const shown = drag ? yToScore(drag.y, height) : point.score;
  const commit = (score: number) =>
    setEmotion(doc, point.cardId, curve.personaId, clampEmotion(score));

  const onPointerDown = (e: PointerEvent<SVGCircleElement>) => {
    if (!canEdit) return;
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ startY: point.y, startClientY: e.clientY, y: point.y });
  };
  const onPointerMove = (e: PointerEvent<SVGCircleElement>) => {
    if (!drag) return;
    const zoom = flow.getState().transform[2];
    const next = drag.startY + (e.clientY - drag.startClientY) / zoom;
    setDrag({ ...drag, y: Math.max(0, Math.min(height, next)) });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const score = yToScore(drag.y, height);
    setDrag(null);
    if (score !== point.score) commit(score);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (canEdit && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      e.stopPropagation();
      commit(point.score + (e.key === 'ArrowUp' ? 1 : -1));
    }
  };

  return (
    <g>
      {drag && (
        <circle
          cx={point.x}
          cy={scoreToY(shown, height)}
          r={9}
          fill="none"
          stroke={curve.color}
          strokeDasharray="3 3"
        />
      )}
      <circle
        role="slider"
        tabIndex={0}
        aria-label={`Emotion of ${curve.personaName} at ${point.cardTitle}`}
        aria-valuemin={-2}
        aria-valuemax={2}
        aria-valuenow={shown}
        aria-valuetext={EMOTION_LABELS[shown]}
        aria-readonly={!canEdit || undefined}
        className="nodrag nopan cursor-ns-resize outline-none focus-visible:stroke-indigo-600"
        cx={point.x}
        cy={y}
        r={8}
        fill="white"
        stroke={curve.color}
        strokeWidth={3}
        style={{ pointerEvents: 'all' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
      >
        <title>{`${curve.personaName} · ${point.cardTitle}: ${EMOTION_LABELS[shown]}`}</title>
      </circle>
    </g>
  );
}
