import { kpiOnTarget, type KpiData } from '../../doc/index.ts';
import { KPI_COLORS, formatKpiValue } from '../../ui/KpiChip.tsx';
import { fitText } from './text.ts';
import type { Measure, Shape } from './types.ts';

/*
 * A card's first KPI as a chip: status dot, full name and value. The name shrinks
 * to a minimum size, then wraps upwards; it is never cut.
 */

export function kpiText(kpi: KpiData): string {
  return `${kpi.name || 'Untitled KPI'}: ${formatKpiValue(kpi.current, kpi.unit)}`;
}

export function kpiColor(kpi: KpiData): string {
  const on = kpiOnTarget(kpi);
  return on === null ? KPI_COLORS.none : on ? KPI_COLORS.on : KPI_COLORS.off;
}

/** The chip with its bottom at `bottom`, from `x`, at most `width` wide. */
export function cardKpiLine(
  kpi: KpiData,
  more: number,
  x: number,
  bottom: number,
  width: number,
  measure: Measure,
): Shape[] {
  const extra = more > 0 ? ` +${more}` : '';
  const text = kpiText(kpi) + extra;
  const fitted = fitText(text, { width: width - 16, height: 14 }, 11, 9.5, 600, measure, 1.25);
  const lh = fitted.size * 1.25;
  const h = fitted.lines.length * lh + 6;
  const w = Math.max(...fitted.lines.map((l) => measure(l, fitted.size, 600))) + 16;
  const top = bottom - h;
  return [
    { kind: 'rect', x, y: top, w, h, radius: 4, fill: '#f1f5f9' },
    { kind: 'circle', cx: x + 6, cy: top + 3 + lh / 2, r: 3, fill: kpiColor(kpi) },
    {
      kind: 'text',
      x: x + 12,
      y: top + 3,
      lines: fitted.lines,
      size: fitted.size,
      weight: 600,
      color: '#334155',
      lineHeight: lh,
      role: 'kpi',
    },
  ];
}
