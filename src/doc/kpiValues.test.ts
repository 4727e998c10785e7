import { describe, expect, it } from 'vitest';
import { addKpi, updateKpi } from './kpis.ts';
import {
  describeRange,
  kpiRange,
  kpiValueProblem,
  recordKpiValue,
  removeKpiPoint,
} from './kpiValues.ts';
import { readMap } from './read.ts';
import { createMapDoc } from './ydoc.ts';

const percent = { name: 'Activation', unit: '%', min: null, max: null };

describe('kpiRange and describeRange', () => {
  it('gives a percentage 0…100 unless the KPI has its own bounds', () => {
    expect(kpiRange(percent)).toEqual({ min: 0, max: 100 });
    expect(kpiRange({ ...percent, unit: ' % ' })).toEqual({ min: 0, max: 100 });
    expect(kpiRange({ ...percent, max: 60 })).toEqual({ min: 0, max: 60 });
    expect(kpiRange({ ...percent, unit: 'days' })).toEqual({ min: null, max: null });
    expect(describeRange(percent)).toBe('0 to 100 %');
    expect(describeRange({ ...percent, unit: 'days', min: 0 })).toBe('at least 0 days');
    expect(describeRange({ ...percent, unit: '', max: 5.5 })).toBe('at most 5.5');
    expect(describeRange({ ...percent, unit: 'EUR' })).toBeNull();
  });
});

describe('kpiValueProblem', () => {
  it('accepts the bounds themselves and refuses what lies outside, naming the KPI', () => {
    expect(kpiValueProblem(percent, 0)).toBeNull();
    expect(kpiValueProblem(percent, 100)).toBeNull();
    expect(kpiValueProblem(percent, -5)).toBe(
      '-5 is outside the valid range of KPI “Activation”: 0 to 100 %.',
    );
    expect(kpiValueProblem({ ...percent, min: 10, max: 20 }, 20.5)).toBe(
      '20.5 is outside the valid range of KPI “Activation”: 10 to 20 %.',
    );
    expect(kpiValueProblem({ ...percent, unit: 'EUR' }, -1e9)).toBeNull();
    expect(kpiValueProblem(percent, Number.NaN)).toBe('The value must be a finite number.');
  });
});

describe('recordKpiValue', () => {
  it('sets the value with its source and time, or changes nothing', () => {
    const doc = createMapDoc();
    const id = addKpi(doc, { name: 'Activation', unit: '%', current: 30 }, '2026-01-01T00:00:00Z');
    const ok = recordKpiValue(doc, id, 42, { at: '2026-01-08T00:00:00Z', source: 'api' });
    expect(ok).toEqual({
      ok: true,
      point: { at: '2026-01-08T00:00:00Z', value: 42, source: 'api' },
    });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(recordKpiValue(doc, id, 140, { source: 'manual' })).toEqual({
      ok: false,
      reason: 'invalid',
      message: '140 is outside the valid range of KPI “Activation”: 0 to 100 %.',
    });
    expect(recordKpiValue(doc, 'ghost', 1, { source: 'api' })).toMatchObject({
      ok: false,
      reason: 'missing',
    });
    expect(updates).toBe(0);
    const kpi = readMap(doc).kpis[0]!;
    expect(kpi.current).toBe(42);
    expect(kpi.history).toEqual([
      { at: '2026-01-01T00:00:00Z', value: 30, source: 'manual' },
      { at: '2026-01-08T00:00:00Z', value: 42, source: 'api' },
    ]);
  });

  it('follows a range set on the KPI', () => {
    const doc = createMapDoc();
    const id = addKpi(doc, { name: 'Wait', unit: 'days' });
    expect(recordKpiValue(doc, id, -3, { source: 'api' }).ok).toBe(true);
    updateKpi(doc, id, { min: 0 });
    expect(recordKpiValue(doc, id, -3, { source: 'api' })).toMatchObject({
      message: '-3 is outside the valid range of KPI “Wait”: at least 0 days.',
    });
  });
});

describe('removeKpiPoint', () => {
  function kpiWithHistory() {
    const doc = createMapDoc();
    const id = addKpi(doc, { name: 'NPS', unit: '', current: 10 }, 't1');
    recordKpiValue(doc, id, 900, { at: 't2', source: 'api' });
    recordKpiValue(doc, id, 12, { at: 't3', source: 'api' });
    return { doc, id, kpi: () => readMap(doc).kpis[0]! };
  }

  it('removes a bad point from the middle and keeps the current value', () => {
    const { doc, id, kpi } = kpiWithHistory();
    expect(removeKpiPoint(doc, id, { at: 't2', value: 900 })).toBe(true);
    expect(kpi().history.map((h) => h.value)).toEqual([10, 12]);
    expect(kpi().current).toBe(12);
  });

  it('makes the point before current when the newest goes, and none when all go', () => {
    const { doc, id, kpi } = kpiWithHistory();
    removeKpiPoint(doc, id, { at: 't3', value: 12 });
    expect(kpi().current).toBe(900);
    removeKpiPoint(doc, id, { at: 't2', value: 900 });
    removeKpiPoint(doc, id, { at: 't1', value: 10 });
    expect(kpi()).toMatchObject({ current: null, history: [] });
  });

  it('removes nothing when no point matches', () => {
    const { doc, id, kpi } = kpiWithHistory();
    expect(removeKpiPoint(doc, id, { at: 't2', value: 901 })).toBe(false);
    expect(removeKpiPoint(doc, 'ghost', { at: 't2', value: 900 })).toBe(false);
    expect(kpi().history).toHaveLength(3);
  });
});
