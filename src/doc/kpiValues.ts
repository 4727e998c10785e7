import * as Y from 'yjs';
import type { KpiData, KpiPoint, KpiSource } from './schema.ts';
import { collection, transact, type MapDoc } from './ydoc.ts';
import { toKpi } from './convert.ts';

/* A KPI's values: the valid range, recording a value (checked against it), removing a bad one. */

/** The range a KPI's values must lie in; a "%" KPI without its own range is 0…100. */
export function kpiRange(kpi: Pick<KpiData, 'unit' | 'min' | 'max'>): {
  min: number | null;
  max: number | null;
} {
  const percent = kpi.unit.trim() === '%';
  return {
    min: kpi.min ?? (percent ? 0 : null),
    max: kpi.max ?? (percent ? 100 : null),
  };
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false });

/** "0 to 100 %", "at least 0 days", "at most 5" ; null when any number is valid. */
export function describeRange(kpi: Pick<KpiData, 'unit' | 'min' | 'max'>): string | null {
  const { min, max } = kpiRange(kpi);
  const unit = kpi.unit.trim() ? ` ${kpi.unit.trim()}` : '';
  if (min !== null && max !== null) return `${number.format(min)} to ${number.format(max)}${unit}`;
  if (min !== null) return `at least ${number.format(min)}${unit}`;
  if (max !== null) return `at most ${number.format(max)}${unit}`;
  return null;
}

/** Why a value cannot be a KPI's value, in a sentence; null when it can. */
export function kpiValueProblem(
  kpi: Pick<KpiData, 'name' | 'unit' | 'min' | 'max'>,
  value: number,
): string | null {
  if (!Number.isFinite(value)) return 'The value must be a finite number.';
  const { min, max } = kpiRange(kpi);
  if ((min === null || value >= min) && (max === null || value <= max)) return null;
  const name = kpi.name.trim() || 'Untitled KPI';
  return `${number.format(value)} is outside the valid range of KPI “${name}”: ${describeRange(kpi)}.`;
}

export type RecordOutcome =
  { ok: true; point: KpiPoint } | { ok: false; reason: 'missing' | 'invalid'; message: string };

/**
 * Records a KPI value: sets it as current and appends it to the history with its source.
 * A value outside the KPI's range, or for a KPI that does not exist, changes nothing.
 */
export function recordKpiValue(
  doc: MapDoc,
  id: string,
  value: number,
  { at = new Date().toISOString(), source }: { at?: string; source: KpiSource },
): RecordOutcome {
  const entry = collection(doc, 'kpis').get(id);
  if (!entry) return { ok: false, reason: 'missing', message: 'No such KPI.' };
  const problem = kpiValueProblem(toKpi(entry), value);
  if (problem) return { ok: false, reason: 'invalid', message: problem };
  const point: KpiPoint = { at, value, source };
  transact(doc, () => {
    entry.set('current', value);
    historyOf(entry).push([point]);
  });
  return { ok: true, point };
}

function historyOf(entry: Y.Map<unknown>): Y.Array<unknown> {
  const history = entry.get('history');
  if (history instanceof Y.Array) return history;
  const fresh = new Y.Array();
  entry.set('history', fresh);
  return fresh;
}

/**
 * Removes one point from a KPI's history, named by its time and value so that a concurrent
 * push cannot shift which point goes. When it was the newest, the one before becomes current.
 * Returns whether a point was removed.
 */
export function removeKpiPoint(doc: MapDoc, id: string, point: Pick<KpiPoint, 'at' | 'value'>) {
  const entry = collection(doc, 'kpis').get(id);
  const history = entry?.get('history');
  if (!entry || !(history instanceof Y.Array)) return false;
  const items = history.toArray() as Partial<KpiPoint>[];
  const at = items.findLastIndex((p) => p?.at === point.at && p?.value === point.value);
  if (at < 0) return false;
  transact(doc, () => {
    history.delete(at, 1);
    if (at === items.length - 1) {
      const previous = items[at - 1];
      entry.set('current', typeof previous?.value === 'number' ? previous.value : null);
    }
  });
  return true;
}
