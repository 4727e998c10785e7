import type { MapState } from '../doc/schema.ts';
import { LANE_HEADER_W, type Layout, type LaneBox } from './layout.ts';

/* The emotion curve: one smooth line per persona through its cards' scores in stage order. */

export interface EmotionPoint {
  cardId: string;
  cardTitle: string;
  score: number;
  /** Relative to the emotion lane's top-left corner (the first stage column). */
  x: number;
  y: number;
}

export interface EmotionCurve {
  personaId: string;
  personaName: string;
  color: string;
  points: EmotionPoint[];
  path: string;
}

export const PERSONA_COLORS = ['#7c3aed', '#0891b2', '#db2777', '#ca8a04', '#16a34a', '#475569'];
const EDGE = 32;

/** Vertical position of a score (−2…+2) in a lane of height `h`. */
export function scoreToY(score: number, h: number): number {
  return h / 2 - (score * (h / 2 - EDGE)) / 2;
}

/** The score (rounded, clamped) at a vertical position in a lane of height `h`. */
export function yToScore(y: number, h: number): number {
  const score = Math.round(((h / 2 - y) * 2) / (h / 2 - EDGE));
  return Math.max(-2, Math.min(2, score));
}

/**
 * A smooth SVG path through points (Catmull–Rom turned into cubic Béziers). Control
 * points are kept within `bounds`, so the curve never swings past the ±2 lines.
 */
export function smoothPath(
  points: readonly { x: number; y: number }[],
  bounds?: { min: number; max: number },
): string {
  const clampY = (y: number) => (bounds ? Math.max(bounds.min, Math.min(bounds.max, y)) : y);
  if (points.length === 0) return '';
  const p = points;
  let d = `M ${p[0]!.x} ${p[0]!.y}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[i - 1] ?? p[i]!;
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[i + 2] ?? p2;
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: clampY(p1.y + (p2.y - p0.y) / 6) };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: clampY(p2.y - (p3.y - p1.y) / 6) };
    d += ` C ${c1.x} ${c1.y}, ${c2.x} ${c2.y}, ${p2.x} ${p2.y}`;
  }
  return d;
}

/** The curves for the given personas, laid out in the given emotion lane. */
export function emotionCurves(
  map: Pick<MapState, 'personas'>,
  layout: Layout,
  lane: LaneBox,
  personaIds: readonly string[],
): EmotionCurve[] {
  return personaIds.flatMap((personaId, n) => {
    const persona = map.personas.find((p) => p.id === personaId);
    if (!persona) return [];
    const points: EmotionPoint[] = [];
    for (const stage of layout.stages) {
      // layout.cards is in lane order, then card order, within each stage.
      const scored = layout.cards
        .filter((c) => c.stageIndex === stage.index && c.card.emotion[personaId] !== undefined)
        .sort((a, b) => a.laneIndex - b.laneIndex || a.y - b.y);
      scored.forEach((c, j) => {
        const score = c.card.emotion[personaId]!;
        points.push({
          cardId: c.card.id,
          cardTitle: c.card.title,
          score,
          x: stage.x - LANE_HEADER_W + (stage.w * (j + 1)) / (scored.length + 1),
          y: scoreToY(score, lane.h),
        });
      });
    }
    const index = map.personas.indexOf(persona);
    return [
      {
        personaId,
        personaName: persona.name,
        color: PERSONA_COLORS[(index >= 0 ? index : n) % PERSONA_COLORS.length]!,
        points,
        path: smoothPath(points, { min: scoreToY(2, lane.h), max: scoreToY(-2, lane.h) }),
      },
    ];
  });
}
