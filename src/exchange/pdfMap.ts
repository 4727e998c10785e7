import type { jsPDF } from 'jspdf';
import { layoutMap } from '../canvas/layout.ts';
import type { MapState } from '../doc/schema.ts';
import { familyOf, put, textWidth } from './pdfFonts.ts';
import { planTiles, type Tile } from './mapTiles.ts';
import { baselineOf, type Measure, type Scene, type Shape, type Weight } from './scene/types.ts';

/*
 * Draws a scene (see scene/) on a PDF page as vector shapes and real text, so every
 * card title can be searched, selected and copied.
 */

const PT = 25.4 / 72;

export interface Placement {
  x: number;
  y: number;
  /** mm per canvas unit. */
  scale: number;
}

const styleOf = (w: Weight) => (w >= 600 ? 'bold' : 'normal');

/** A measure in canvas units that uses the PDF's own fonts (1 canvas unit = 1 pt). */
export function pdfMeasure(doc: jsPDF): Measure {
  return (text, size, weight) => {
    const { fontName, fontStyle } = doc.getFont();
    const before = doc.getFontSize();
    doc.setFont(familyOf(doc), styleOf(weight));
    doc.setFontSize(size);
    const mm = textWidth(doc, text);
    doc.setFont(fontName, fontStyle);
    doc.setFontSize(before);
    return mm / PT;
  };
}

function paintStyle(fill?: string, stroke?: string): 'F' | 'S' | 'FD' | null {
  if (fill && fill !== 'none') return stroke ? 'FD' : 'F';
  return stroke ? 'S' : null;
}

function drawShape(doc: jsPDF, s: Shape, at: Placement) {
  const X = (x: number) => at.x + x * at.scale;
  const Y = (y: number) => at.y + y * at.scale;
  if (s.kind === 'text') {
    doc.setFont(familyOf(doc), styleOf(s.weight));
    doc.setFontSize((s.size * at.scale) / PT);
    doc.setTextColor(s.color);
    const align = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
    s.lines.forEach((line, i) => put(doc, line, X(s.x), Y(baselineOf(s, i)), { align }));
    return;
  }
  const style = paintStyle(s.fill, s.stroke);
  if (!style) return;
  if (s.fill) doc.setFillColor(s.fill);
  if (s.stroke) {
    doc.setDrawColor(s.stroke);
    doc.setLineWidth((s.strokeWidth ?? 1) * at.scale);
  }
  if (s.kind === 'rect') {
    const r = (s.radius ?? 0) * at.scale;
    if (r > 0) doc.roundedRect(X(s.x), Y(s.y), s.w * at.scale, s.h * at.scale, r, r, style);
    else doc.rect(X(s.x), Y(s.y), s.w * at.scale, s.h * at.scale, style);
  } else if (s.kind === 'circle') {
    doc.circle(X(s.cx), Y(s.cy), s.r * at.scale, style);
  } else {
    if (s.dash)
      doc.setLineDashPattern(
        s.dash.map((d) => d * at.scale),
        0,
      );
    for (const g of s.segments) {
      if (g.op === 'M') doc.moveTo(X(g.to[0]), Y(g.to[1]));
      else if (g.op === 'L') doc.lineTo(X(g.to[0]), Y(g.to[1]));
      else if (g.op === 'C')
        doc.curveTo(X(g.c1[0]), Y(g.c1[1]), X(g.c2[0]), Y(g.c2[1]), X(g.to[0]), Y(g.to[1]));
      else doc.close();
    }
    if (style === 'F') doc.fill();
    else if (style === 'S') doc.stroke();
    else doc.fillStroke();
    if (s.dash) doc.setLineDashPattern([], 0);
  }
}

/** Draws the scene with its top-left corner at (x, y) mm. */
export function drawScene(doc: jsPDF, scene: Scene, at: Placement): void {
  for (const shape of scene.shapes) drawShape(doc, shape, at);
}

/** Whether a tile holds anything worth a page: a card, or the emotion curve. */
function worthAPage(map: MapState, tile: Tile): boolean {
  const stages = new Set(map.stages.slice(tile.stages.from, tile.stages.to).map((s) => s.id));
  const lanes = map.lanes.slice(tile.lanes.from, tile.lanes.to);
  if (lanes.some((l) => l.kind === 'emotion') && map.personas.length > 0) return true;
  const ids = new Set(lanes.map((l) => l.id));
  return map.cards.some((c) => stages.has(c.stageId) && ids.has(c.laneId));
}

/**
 * Tiles for the detail pages at `scale` mm per canvas unit, or up to 15 % smaller when
 * that saves pages (a lone lane on its own row of pages); tiles without cards are skipped.
 */
export function reportTiles(
  map: MapState,
  box: { width: number; height: number },
  scale: number,
): { tiles: Tile[]; scale: number } {
  const layout = layoutMap(map);
  const plan = (s: number) => planTiles(layout, box.width / s, box.height / s);
  let best = { tiles: plan(scale), scale };
  const smaller = { tiles: plan(scale * 0.85), scale: scale * 0.85 };
  if (smaller.tiles.length < best.tiles.length) best = smaller;
  return { tiles: best.tiles.filter((t) => worthAPage(map, t)), scale: best.scale };
}
