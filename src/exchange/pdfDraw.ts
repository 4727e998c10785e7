import type { jsPDF } from 'jspdf';
import { familyOf, put, split as splitLines } from './pdfFonts.ts';
import type { ReportTable, Tone } from './report.ts';
import { layoutTable, paginateRows, type LaidRow, type SplitText } from './tableLayout.ts';

/* Page geometry, colours and table drawing for the A4 landscape report (units: mm). */

export const PAGE = { width: 297, height: 210, margin: 14 } as const;
export const CONTENT = {
  left: PAGE.margin,
  width: PAGE.width - 2 * PAGE.margin,
  top: 22,
  bottom: PAGE.height - PAGE.margin,
} as const;

type Rgb = [number, number, number];
export const COLOR = {
  ink: [15, 23, 42],
  body: [51, 65, 85],
  muted: [100, 116, 139],
  accent: [67, 56, 202],
  good: [21, 128, 61],
  bad: [185, 28, 28],
  rule: [203, 213, 225],
  band: [241, 245, 249],
  zebra: [248, 250, 252],
} satisfies Record<string, Rgb>;

const TONE: Record<Tone, Rgb> = { good: COLOR.good, bad: COLOR.bad, muted: COLOR.muted };

const PT = 25.4 / 72;

export function setType(doc: jsPDF, size: number, style: 'normal' | 'bold', color: Rgb) {
  doc.setFont(familyOf(doc), style);
  doc.setFontSize(size);
  doc.setTextColor(...color);
}

/** Wrapped lines of text at the current font, never more than `max`. */
export function wrap(doc: jsPDF, text: string, width: number, max = Infinity): string[] {
  const lines = splitLines(doc, text, width);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]!.replace(/\s*\S*$/, '')}...`];
}

/** Line height in mm for a font size in points. */
export const lineHeight = (size: number, factor = 1.3) => size * PT * factor;

const TABLE = { size: 8.5, headerSize: 8, titleSize: 13, titleGap: 9, padX: 2, padY: 1.6 };

function drawRow(doc: jsPDF, row: LaidRow, y: number, header: boolean, zebra: boolean) {
  const lh = lineHeight(TABLE.size, 1.25);
  if (header || zebra) {
    doc.setFillColor(...(header ? COLOR.band : COLOR.zebra));
    doc.rect(CONTENT.left, y, CONTENT.width, row.height, 'F');
  }
  for (const cell of row.cells) {
    const color = header ? COLOR.muted : cell.tone ? TONE[cell.tone] : COLOR.ink;
    setType(doc, header ? TABLE.headerSize : TABLE.size, header ? 'bold' : 'normal', color);
    const x =
      cell.align === 'right'
        ? CONTENT.left + cell.x + cell.width - TABLE.padX
        : cell.align === 'center'
          ? CONTENT.left + cell.x + cell.width / 2
          : CONTENT.left + cell.x + TABLE.padX;
    cell.lines.forEach((line, i) => {
      put(doc, line, x, y + TABLE.padY + i * lh, { baseline: 'top', align: cell.align });
    });
  }
  doc.setDrawColor(...COLOR.rule);
  doc.setLineWidth(header ? 0.3 : 0.15);
  doc.line(CONTENT.left, y + row.height, CONTENT.left + CONTENT.width, y + row.height);
}

/**
 * Draws a titled table from `y` on the current page, continuing on new pages as
 * needed (`newPage` adds one and returns where its content starts). Returns the y
 * below the table.
 */
export function drawTable(
  doc: jsPDF,
  table: ReportTable,
  y: number,
  newPage: () => number,
): number {
  const split: SplitText = (text, width) => {
    setType(doc, TABLE.size, 'normal', COLOR.ink);
    return splitLines(doc, text, width);
  };
  const laid = layoutTable(table, split, {
    width: CONTENT.width,
    lineHeight: lineHeight(TABLE.size, 1.25),
    padX: TABLE.padX,
    padY: TABLE.padY,
    maxLines: 8,
  });
  const title = (text: string, at: number) => {
    setType(doc, TABLE.titleSize, 'bold', COLOR.ink);
    put(doc, text, CONTENT.left, at, { baseline: 'top' });
    return at + TABLE.titleGap;
  };
  const pageHeight = CONTENT.bottom - CONTENT.top;
  if (laid.rows.length === 0) {
    const needed = TABLE.titleGap + 8;
    let at = CONTENT.bottom - y < needed ? newPage() : y;
    at = title(table.title, at);
    setType(doc, 9.5, 'normal', COLOR.muted);
    put(doc, table.empty, CONTENT.left, at, { baseline: 'top' });
    return at + 8;
  }
  const head = TABLE.titleGap + laid.header.height;
  const plan = paginateRows(
    laid.rows.map((r) => r.height),
    head,
    CONTENT.bottom - y,
    pageHeight,
  );
  let at = plan.newPage ? newPage() : y;
  plan.pages.forEach((indices, p) => {
    if (p > 0) at = newPage();
    at = title(p === 0 ? table.title : `${table.title} (continued)`, at);
    drawRow(doc, laid.header, at, true, false);
    at += laid.header.height;
    for (const i of indices) {
      drawRow(doc, laid.rows[i]!, at, false, i % 2 === 1);
      at += laid.rows[i]!.height;
    }
  });
  return at;
}
