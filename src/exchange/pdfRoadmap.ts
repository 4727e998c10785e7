import type { jsPDF } from 'jspdf';
import { roadmapQuadrant, type SystemData } from '../doc/index.ts';
import { QUADRANT_COLORS, QUADRANT_LABELS, REGIONS } from '../ui/roadmapLook.ts';
import { COLOR, setType } from './pdfDraw.ts';
import { put, split } from './pdfFonts.ts';

/* The importance × maturity roadmap drawn in the PDF with vector shapes (units: mm). */

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** Draws the chart in `box`; returns the y below it. */
export function drawRoadmap(
  doc: jsPDF,
  systems: readonly SystemData[],
  box: { x: number; y: number; width: number; height: number },
): number {
  const pad = 9;
  const cw = (box.width - pad) / 5;
  const ch = (box.height - pad) / 5;
  const left = box.x + pad;
  const top = box.y;
  for (const r of REGIONS) {
    doc.setFillColor(...rgb(r.fill));
    doc.rect(left + r.x * cw, top + r.y * ch, r.w * cw, r.h * ch, 'F');
    setType(doc, 8, 'bold', rgb(r.ink));
    doc.text(QUADRANT_LABELS[r.quadrant], left + r.x * cw + 2, top + r.y * ch + 4, {
      baseline: 'top',
    });
  }
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(0.2);
  doc.rect(left, top, 5 * cw, 5 * ch);
  setType(doc, 7, 'normal', COLOR.muted);
  for (let s = 1; s <= 5; s++) {
    doc.text(String(s), left + (5 - s + 0.5) * cw, top + 5 * ch + 3.5, { align: 'center' });
    doc.text(String(s), left - 2, top + (5 - s + 0.5) * ch + 1, { align: 'right' });
  }
  doc.text('Maturity: high <- -> low', left + 2.5 * cw, top + 5 * ch + 7.5, { align: 'center' });
  doc.text('Importance ->', box.x + 1.5, top + 2.5 * ch, { angle: 90, align: 'center' });
  // Systems sharing a cell are stacked down the cell, so every name stays readable.
  const inCell = new Map<string, number>();
  for (const s of systems) {
    const key = `${s.maturity}/${s.importance}`;
    const n = inCell.get(key) ?? 0;
    setType(doc, 6.5, 'normal', COLOR.ink);
    const lines = split(doc, s.name, cw * 1.3);
    inCell.set(key, n + 1.6 + lines.length * 2.6);
    const cx = left + (5 - s.maturity + 0.5) * cw - cw * 0.35;
    const cy = top + (5 - s.importance) * ch + ch * 0.3 + n;
    doc.setFillColor(...rgb(QUADRANT_COLORS[roadmapQuadrant(s)]));
    doc.circle(cx, cy, 1.4, 'F');
    setType(doc, 6.5, 'normal', COLOR.ink);
    lines.forEach((line, i) => put(doc, line, cx + 2.2, cy + 0.9 + i * 2.6));
  }
  return top + 5 * ch + 10;
}
