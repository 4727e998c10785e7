import { describe, expect, it } from 'vitest';
import { actionTable, findingsTable, keyFigures, kpiTable } from './report.ts';
import { sampleMap } from './fixtures.ts';
import { layoutTable, paginateRows, type SplitText } from './tableLayout.ts';

// One character per unit of width, words kept whole where they fit.
const split: SplitText = (text, width) => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
};

const metrics = { width: 100, lineHeight: 4, padX: 1, padY: 1, maxLines: 3 };

describe('layoutTable', () => {
  it('wraps cells to their column and sizes rows by their tallest cell', () => {
    const table = {
      title: 'T',
      empty: '',
      columns: [
        { header: 'Name', width: 0.2 },
        { header: 'Note', width: 0.8, align: 'right' as const },
      ],
      rows: [
        [{ text: 'short' }, { text: 'x' }],
        [{ text: 'two words here and more' }, { text: 'y' }],
      ],
    };
    const laid = layoutTable(table, split, metrics);
    expect(laid.header.cells.map((c) => [c.x, c.width, c.align])).toEqual([
      [0, 20, 'left'],
      [20, 80, 'right'],
    ]);
    expect(laid.rows[0]!.height).toBe(4 + 2);
    expect(laid.rows[1]!.cells[0]!.lines).toEqual(['two words here and', 'more']);
    expect(laid.rows[1]!.height).toBe(2 * 4 + 2);
  });

  it('cuts a very long cell so its row fits on a page', () => {
    const table = {
      title: 'T',
      empty: '',
      columns: [{ header: 'Text', width: 0.03 }],
      rows: [[{ text: 'a b c d e f' }]],
    };
    const lines = layoutTable(table, split, metrics).rows[0]!.cells[0]!.lines;
    expect(lines).toEqual(['a', 'b', 'c...']);
  });
});

describe('paginateRows', () => {
  it('keeps a short table on the current page', () => {
    expect(paginateRows([5, 5, 5], 10, 40, 100)).toEqual({ newPage: false, pages: [[0, 1, 2]] });
  });

  it('starts on a new page when the heading and first rows do not fit', () => {
    expect(paginateRows([5, 5, 5], 10, 18, 100)).toEqual({ newPage: true, pages: [[0, 1, 2]] });
  });

  it('continues on as many pages as the rows need, repeating the heading', () => {
    const heights = Array.from({ length: 25 }, () => 10);
    const { newPage, pages } = paginateRows(heights, 20, 60, 100);
    expect(newPage).toBe(false);
    // 4 rows fit under the heading on the first page, 8 on each full page.
    expect(pages.map((p) => p.length)).toEqual([4, 8, 8, 5]);
    expect(pages.flat()).toEqual(heights.map((_, i) => i));
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(paginateRows([5, 200, 5], 10, 100, 100).pages).toEqual([[0], [1], [2]]);
  });
});

describe('report tables', () => {
  const map = sampleMap();

  it('lists KPIs with what they are attached to and whether they are on target', () => {
    const rows = kpiTable(map).rows.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([
      ['Retention', 'Stage: Decision', 'Maya Lind', '72%', '80%', 'Off target'],
      ['Complaints', 'Card: Unclear fees', '—', '4', '—', 'No target'],
    ]);
  });

  it('lists actions, overdue first, with owner, due, status, impact and effort', () => {
    const rows = actionTable(map, '2025-07-01').rows.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([
      ['Show fees up front', 'Maya Lind', '2025-06-01 (overdue)', 'Doing', '4 / 5', '2 / 5'],
      ['Call before expiry', 'No owner', '—', 'To do', '3 / 5', '4 / 5'],
    ]);
  });

  it('lists findings by severity', () => {
    const table = findingsTable([
      { message: 'Stale card', severity: 'low' },
      { message: 'No owner', severity: 'high' },
    ]);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['High', 'No owner'],
      ['Low', 'Stale card'],
    ]);
  });

  it('sums up the map in a few figures', () => {
    const health = {
      score: 92,
      sum: '100 − 8 = 92',
      rule: '',
      lines: [{ title: 'Stages without an owner', findings: 1, points: 8, weight: 15 }],
      findings: [{ message: 'x', severity: 'high' }],
    };
    expect(keyFigures(map, '2025-07-01', health)).toEqual([
      { label: 'Stages', value: '2' },
      { label: 'Cards', value: '3' },
      { label: 'KPIs on target', value: '0 of 1', detail: '1 without target or value' },
      { label: 'Open actions', value: '2', detail: '1 overdue' },
      { label: 'Health score', value: '92 / 100', detail: '1 finding, 1 critical or high' },
    ]);
  });
});
