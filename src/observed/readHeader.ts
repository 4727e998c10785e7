import Papa from 'papaparse';
import { guessColumns, type ColumnChoice } from './log/columns.ts';

/*
 * A first look at an event log file in the browser, before it is sent: its format and, for a
 * CSV, its header and the columns guessed from it, so the person importing can correct them.
 * Only the head of the file is read (inflated if it is gzip); the server parses the rest.
 */

export interface FileHead {
  format: 'csv' | 'xes';
  gzip: boolean;
  /** CSV only. */
  header: string[];
  guessed: ColumnChoice;
}

const HEAD_BYTES = 64 * 1024;

async function headText(file: File): Promise<{ text: string; gzip: boolean }> {
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  if (!gzip) return { text: await file.slice(0, HEAD_BYTES).text(), gzip };
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < HEAD_BYTES) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    throw new Error('The file looks gzip-compressed but cannot be inflated (truncated or corrupt)');
  } finally {
    void reader.cancel().catch(() => {});
  }
  return { text, gzip };
}

/** The format of `file` and, for a CSV, its header and guessed columns. */
export async function readHead(file: File): Promise<FileHead> {
  const { text, gzip } = await headText(file);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new Error('The file is empty');
  if (trimmed.startsWith('<')) return { format: 'xes', gzip, header: [], guessed: {} };
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  const header = (Papa.parse<string[]>(firstLine).data[0] ?? []).map((h) => h.trim());
  return { format: 'csv', gzip, header, guessed: guessColumns(header) };
}
