import Papa from 'papaparse';
import { unescapeFormula } from './csvValues.ts';

/* Reading a spreadsheet file into a header row and data rows. */

export interface CsvTable {
  headers: string[];
  /** Data rows, each as long as the headers; `line` is the spreadsheet row (the header is 1). */
  rows: { line: number; cells: string[] }[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; problems: string[] };

/** Reads CSV text (comma, semicolon or tab separated) into a header row and data rows. */
export function parseCsv(text: string): CsvParse {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  if (broken.length > 0) {
    return {
      ok: false,
      problems: broken
        .slice(0, 5)
        .map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message.replace(/\.$/, '')}.`),
    };
  }
  const [head, ...body] = parsed.data;
  if (!head || head.every((h) => !h.trim())) return { ok: false, problems: ['The file is empty.'] };
  if (body.length === 0) {
    return { ok: false, problems: ['The file has a header row but no cards under it.'] };
  }
  const headers = head.map((h, i) => h.trim() || `Column ${i + 1}`);
  const rows = body.map((cells, i) => ({
    line: i + 2,
    cells: headers.map((_, c) => unescapeFormula((cells[c] ?? '').trim())),
  }));
  return { ok: true, table: { headers, rows } };
}
