import type { MapState } from '../../doc/schema.ts';

/*
 * A map picture as plain shapes and text in canvas units: what the SVG export writes
 * and what the PDF report draws. Text arrives already wrapped, so both agree on lines.
 */

export type Weight = 400 | 600 | 700;

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  radius?: number;
}

export interface TextShape {
  kind: 'text';
  /** Left edge (or centre / right edge, by `anchor`) and the top of the first line. */
  x: number;
  y: number;
  lines: string[];
  size: number;
  weight: Weight;
  color: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between baselines; 1.3 × size unless set. */
  lineHeight?: number;
  /** What the text is, for tools and tests (a card title, a stage name …). */
  role?: string;
}

export type PathSegment =
  | { op: 'M' | 'L'; to: [number, number] }
  | { op: 'C'; c1: [number, number]; c2: [number, number]; to: [number, number] }
  | { op: 'Z' };

export interface PathShape {
  kind: 'path';
  segments: PathSegment[];
  stroke?: string;
  strokeWidth?: number;
  fill?: string;
  dash?: number[];
}

export interface CircleShape {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
}

export type Shape = RectShape | TextShape | PathShape | CircleShape;

/** Shapes with the size of the area they cover (from 0,0). */
export interface Scene {
  width: number;
  height: number;
  shapes: Shape[];
}

/** Width of `text` at `size` (canvas units) in the export font. */
export type Measure = (text: string, size: number, weight: Weight) => number;

export const lineHeightOf = (t: TextShape) => t.lineHeight ?? t.size * 1.3;

/** Moves shapes by (dx, dy). */
export function translate(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  const p = ([x, y]: [number, number]): [number, number] => [x + dx, y + dy];
  return shapes.map((s) => {
    switch (s.kind) {
      case 'rect':
      case 'text':
        return { ...s, x: s.x + dx, y: s.y + dy };
      case 'circle':
        return { ...s, cx: s.cx + dx, cy: s.cy + dy };
      case 'path':
        return {
          ...s,
          segments: s.segments.map((g) =>
            g.op === 'Z'
              ? g
              : g.op === 'C'
                ? { op: 'C', c1: p(g.c1), c2: p(g.c2), to: p(g.to) }
                : { op: g.op, to: p(g.to) },
          ),
        };
    }
  });
}

/** The baseline of line `i` of a text shape (its box starts at `y`). */
export function baselineOf(t: TextShape, i: number): number {
  const lh = lineHeightOf(t);
  return t.y + (lh - t.size) / 2 + 0.82 * t.size + i * lh;
}

/** Every line of text in a scene, in drawing order. */
export function sceneText(scene: Scene): string {
  return scene.shapes.flatMap((s) => (s.kind === 'text' ? s.lines : [])).join('\n');
}

/** What the parts of a map scene draw from. */
export interface Ctx {
  map: MapState;
  measure: Measure;
  people: Map<string, MapState['people'][number]>;
}
