import { clampSystemScore } from '../doc/index.ts';

/*
 * The roadmap chart's drawing, in SVG units: importance up the side, maturity along the
 * bottom from high (left) to low (right), so that important, immature systems sit top right
 * in "fix first". Pure, for the chart and for tests that drag its dots.
 */

export const ROADMAP = { width: 520, height: 400, pad: 40 } as const;
export const CELL_W = (ROADMAP.width - ROADMAP.pad * 2) / 5;
export const CELL_H = (ROADMAP.height - ROADMAP.pad * 2) / 5;

export const toX = (maturity: number) => ROADMAP.pad + (5.5 - maturity) * CELL_W;
export const toY = (importance: number) => ROADMAP.pad + (5.5 - importance) * CELL_H;
export const fromX = (x: number) => clampSystemScore(5.5 - (x - ROADMAP.pad) / CELL_W);
export const fromY = (y: number) => clampSystemScore(5.5 - (y - ROADMAP.pad) / CELL_H);

export { QUADRANT_COLORS, QUADRANT_LABELS, REGIONS } from '../ui/roadmapLook.ts';

/** Dots sharing a cell fan out around its centre so each stays clickable. */
export function fanOut<T extends { maturity: number; importance: number }>(items: readonly T[]) {
  const slot = new Map<string, number>();
  return items.map((item) => {
    const key = `${item.maturity}/${item.importance}`;
    const n = slot.get(key) ?? 0;
    slot.set(key, n + 1);
    const angle = n * 2.4;
    const r = n === 0 ? 0 : 14 + 3 * n;
    return { item, dx: Math.cos(angle) * r, dy: Math.sin(angle) * r };
  });
}
