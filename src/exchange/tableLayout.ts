import type { Cell, Column, ReportTable, Tone } from './report.ts';

/* Pure table geometry for the PDF: wrapped cells, row heights, and rows per page. */

/** Splits text into lines no wider than `width` (jsPDF's splitTextToSize in the app). */
export type SplitText = (text: string, width: number) => string[];

export interface TableMetrics {
  /** Table width, in the document's unit. */
  width: number;
  lineHeight: number;
  padX: number;
  padY: number;
  /** A cell longer than this many lines is cut with an ellipsis, so a row fits on a page. */
  maxLines: number;
}

export interface LaidCell {
  lines: string[];
  x: number;
  width: number;
  align: NonNullable<Column['align']>;
  tone?: Tone;
}

export interface LaidRow {
  cells: LaidCell[];
  height: number;
}

export interface LaidTable {
  header: LaidRow;
  rows: LaidRow[];
}

function layRow(cells: Cell[], columns: Column[], split: SplitText, m: TableMetrics): LaidRow {
  let x = 0;
  const laid = columns.map((column, i) => {
    const width = column.width * m.width;
    const cell = cells[i] ?? { text: '' };
    let lines = split(cell.text, width - 2 * m.padX);
    if (lines.length === 0) lines = [''];
    if (lines.length > m.maxLines) {
      lines = [...lines.slice(0, m.maxLines - 1), `${lines[m.maxLines - 1]}...`];
    }
    const out: LaidCell = { lines, x, width, align: column.align ?? 'left', tone: cell.tone };
    x += width;
    return out;
  });
  const most = Math.max(...laid.map((c) => c.lines.length));
  return { cells: laid, height: most * m.lineHeight + 2 * m.padY };
}

/** Wraps every cell and measures every row. */
export function layoutTable(table: ReportTable, split: SplitText, m: TableMetrics): LaidTable {
  return {
    header: layRow(
      table.columns.map((c) => ({ text: c.header })),
      table.columns,
      split,
      m,
    ),
    rows: table.rows.map((row) => layRow(row, table.columns, split, m)),
  };
}

export interface Pagination {
  /** Whether the table must start on a fresh page (too little room left on the current one). */
  newPage: boolean;
  /** Row indices per page the table touches. */
  pages: number[][];
}

/**
 * Distributes rows over pages. Every page the table touches repeats its heading
 * (`head`: title and header row). It starts where it is when the heading and its
 * first rows (up to `keep`) fit in `available`, else on a new page of `pageHeight`.
 */
export function paginateRows(
  heights: readonly number[],
  head: number,
  available: number,
  pageHeight: number,
  keep = 2,
): Pagination {
  const opening = heights.slice(0, keep).reduce((sum, h) => sum + h, 0);
  const newPage = head + opening > available && available < pageHeight;
  const pages: number[][] = [[]];
  let room = (newPage ? pageHeight : available) - head;
  heights.forEach((height, i) => {
    const page = pages[pages.length - 1]!;
    // A row always goes somewhere: alone on a page if it is taller than one.
    if (height > room && page.length > 0) {
      pages.push([i]);
      room = pageHeight - head - height;
    } else {
      page.push(i);
      room -= height;
    }
  });
  return { newPage, pages };
}
