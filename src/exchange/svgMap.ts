import type { MapState } from '../doc/schema.ts';
import { framedScene, type FrameOptions } from './scene/framed.ts';
import { approximateMeasure } from './scene/text.ts';
import {
  baselineOf,
  lineHeightOf,
  type Measure,
  type PathSegment,
  type Scene,
  type Shape,
} from './scene/types.ts';

/*
 * The map as an SVG of real shapes and text (no HTML inside foreignObject), so a
 * vector tool opens it editable: every card title is a <text>, wrapped lines are tspans.
 */

export const SVG_FONT =
  "'Inter Variable', Inter, 'Noto Sans JP', 'Noto Sans CJK JP', system-ui, sans-serif";

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);

function pathData(segments: readonly PathSegment[]): string {
  return segments
    .map((g) =>
      g.op === 'Z'
        ? 'Z'
        : g.op === 'C'
          ? `C${n(g.c1[0])} ${n(g.c1[1])} ${n(g.c2[0])} ${n(g.c2[1])} ${n(g.to[0])} ${n(g.to[1])}`
          : `${g.op}${n(g.to[0])} ${n(g.to[1])}`,
    )
    .join('');
}

function paint(fill?: string, stroke?: string, width?: number): string {
  let out = ` fill="${fill ?? 'none'}"`;
  if (stroke) out += ` stroke="${stroke}" stroke-width="${n(width ?? 1)}"`;
  return out;
}

function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case 'rect': {
      const r = s.radius ? ` rx="${n(s.radius)}"` : '';
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${r}${paint(s.fill, s.stroke, s.strokeWidth)}/>`;
    }
    case 'circle':
      return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}"${paint(s.fill, s.stroke, s.strokeWidth)}/>`;
    case 'path': {
      const dash = s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
      return `<path d="${pathData(s.segments)}"${paint(s.fill, s.stroke, s.strokeWidth)}${dash}/>`;
    }
    case 'text': {
      const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
      const role = s.role ? ` data-role="${s.role}"` : '';
      const head = `<text x="${n(s.x)}" y="${n(baselineOf(s, 0))}" font-size="${n(s.size)}" font-weight="${s.weight}" fill="${s.color}"${anchor}${role}>`;
      if (s.lines.length === 1) return `${head}${esc(s.lines[0]!)}</text>`;
      const lh = n(lineHeightOf(s));
      const spans = s.lines
        .map((line, i) => `<tspan x="${n(s.x)}"${i ? ` dy="${lh}"` : ''}>${esc(line)}</tspan>`)
        .join('');
      return `${head}${spans}</text>`;
    }
  }
}

/** A scene as a standalone SVG document; `style` is extra CSS (embedded fonts for PNG). */
export function sceneToSvg(scene: Scene, title: string, style = ''): string {
  const css = style ? `<style>${style}</style>` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${esc(SVG_FONT)}">`,
    `<title>${esc(title)}</title>${css}`,
    ...scene.shapes.map(shapeSvg),
    '</svg>',
  ].join('\n');
}

export interface SvgMapOptions extends FrameOptions {
  measure?: Measure;
}

/** The whole map with its caption (and legend) as SVG text. */
export function mapToSvg(map: MapState, options: SvgMapOptions): string {
  const scene = framedScene(map, options.measure ?? approximateMeasure, options);
  return sceneToSvg(scene, map.meta.title || 'Untitled journey');
}
