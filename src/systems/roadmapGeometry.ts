import { clampSystemScore } from '../doc/index.ts';

/*
 * The roadmap chart's drawing, in SVG units: importance up the side, maturity along the
 * bottom from high (left) to low (right), so that important, immature systems sit top right
 * in "fix first". Pure, for the chart and for tests that drag its dots.
 */

export const ROADMAP = { width: 520, height: 440, pad: 40 } as const;
export const CELL_W = (ROADMAP.width - ROADMAP.pad * 2) / 5;
export const CELL_H = (ROADMAP.height - ROADMAP.pad * 2) / 5;

export const toX = (maturity: number) => ROADMAP.pad + (5.5 - maturity) * CELL_W;
export const toY = (importance: number) => ROADMAP.pad + (5.5 - importance) * CELL_H;
export const fromX = (x: number) => clampSystemScore(5.5 - (x - ROADMAP.pad) / CELL_W);
export const fromY = (y: number) => clampSystemScore(5.5 - (y - ROADMAP.pad) / CELL_H);

export { QUADRANT_COLORS, QUADRANT_LABELS, REGIONS } from '../ui/roadmapLook.ts';

/** A name in at most `lines` lines of at most `width` characters, cut with an ellipsis. */
export function wrapName(name: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of name.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      if (line) out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const cut = out.slice(0, lines).map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (out.length > lines) cut[lines - 1] = `${cut[lines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return cut;
}

/**
 * Where each dot sits in its cell and what its label says: alone in a cell, the dot sits a
 * little above the middle with the name under it on two lines; several in one cell stand side
 * by side with short one-line names, so every dot stays clickable and no name covers another.
 */
export function placeDots<T extends { maturity: number; importance: number; name: string }>(
  items: readonly T[],
) {
  const cells = new Map<string, T[]>();
  const key = (item: T) => `${item.maturity}/${item.importance}`;
  for (const item of items) cells.set(key(item), [...(cells.get(key(item)) ?? []), item]);
  return items.map((item) => {
    const group = cells.get(key(item))!;
    const n = group.length;
    const step = n === 1 ? 0 : Math.min(30, (CELL_W - 20) / (n - 1));
    const name = item.name || 'Untitled system';
    return {
      item,
      dx: (group.indexOf(item) - (n - 1) / 2) * step,
      dy: -12,
      lines:
        n === 1 ? wrapName(name, 16, 2) : wrapName(name, Math.max(4, Math.floor(step / 6.5)), 1),
    };
  });
}
