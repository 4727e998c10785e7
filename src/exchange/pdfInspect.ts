import { inflateSync } from 'node:zlib';

/* For tests: what a generated PDF draws, read back without a PDF library. */

/** The text drawn on the pages: the content streams, inflated. */
export async function drawnText(blob: Blob): Promise<string> {
  const bytes = Buffer.from(await blob.arrayBuffer());
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = bytes.indexOf('stream\n', at);
    if (start < 0) break;
    const end = bytes.indexOf('\nendstream', start);
    try {
      out.push(inflateSync(bytes.subarray(start + 7, end)).toString('latin1'));
    } catch {
      // Not deflated (an image): nothing to read.
    }
    at = end + 10;
  }
  return out.join('\n');
}

/** The objects of a PDF by number, with their streams inflated. */
function objects(bytes: Buffer): Map<number, { dict: string; stream: string | null }> {
  const out = new Map<number, { dict: string; stream: string | null }>();
  const text = bytes.toString('latin1');
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const s = body.indexOf('stream\n');
    let stream: string | null = null;
    if (s >= 0) {
      const raw = bytes.subarray(start + s + 7, start + body.lastIndexOf('\nendstream'));
      try {
        stream = inflateSync(raw).toString('latin1');
      } catch {
        stream = raw.toString('latin1');
      }
    }
    out.set(Number(match[1]), { dict: s >= 0 ? body.slice(0, s) : body, stream });
  }
  return out;
}

/** Glyph id → text, from a ToUnicode CMap (bfchar entries, as jsPDF writes them). */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, glyph, unicode] of block[1]!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      const codes = unicode!.match(/.{4}/g)!.map((h) => parseInt(h, 16));
      map.set(glyph!.toLowerCase(), String.fromCharCode(...codes));
    }
  }
  return map;
}

/**
 * The text a PDF viewer finds: every text block decoded through its font's ToUnicode
 * map (embedded Identity-H fonts), or as written (standard fonts); one block a line.
 */
export async function extractText(blob: Blob): Promise<string> {
  const objs = objects(Buffer.from(await blob.arrayBuffer()));
  const fonts = new Map<string, Map<string, string> | null>();
  for (const { dict } of objs.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(ref))?.dict ?? '';
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      const cmap = toUnicode ? objs.get(Number(toUnicode))?.stream : null;
      fonts.set(name!, cmap ? parseCmap(cmap) : null);
    }
  }
  const lines: string[] = [];
  for (const { stream } of objs.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
    for (const [, block] of stream.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let font: Map<string, string> | null = null;
      let line = '';
      for (const op of block!.matchAll(
        /\/(F\d+) [\d.]+ Tf|<([0-9a-f]*)> Tj|\(((?:\\.|[^\\)])*)\) Tj/gi,
      )) {
        if (op[1]) font = fonts.get(op[1]) ?? null;
        else if (op[2] !== undefined && font)
          line += (op[2].match(/.{4}/g) ?? [])
            .map((g) => font!.get(g.toLowerCase()) ?? '\ufffd')
            .join('');
        else if (op[3] !== undefined) line += op[3].replace(/\\(.)/g, '$1');
      }
      if (line) lines.push(line);
    }
  }
  return lines.join('\n');
}
