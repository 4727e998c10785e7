import * as Y from 'yjs';
import { newId } from './ids.ts';
import type { KpiData } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* KPIs: a measure with a target, attached to a stage or a card, with a history of values. */

export interface NewKpi {
  name: string;
  unit?: string;
  target?: number | null;
  current?: number | null;
  direction?: KpiData['direction'];
  ownerId?: string | null;
  stageId?: string | null;
  cardId?: string | null;
  min?: number | null;
  max?: number | null;
}

/** Adds a KPI; a first current value also starts its history. Returns the id. */
export function addKpi(doc: MapDoc, kpi: NewKpi, at = new Date().toISOString()): string {
  const id = newId();
  transact(doc, () => {
    const current = kpi.current ?? null;
    createEntry(collection(doc, 'kpis'), id, {
      name: kpi.name,
      unit: kpi.unit ?? '',
      target: kpi.target ?? null,
      current,
      direction: kpi.direction ?? 'higher',
      ownerId: kpi.ownerId ?? null,
      stageId: kpi.stageId ?? null,
      cardId: kpi.cardId ?? null,
      min: kpi.min ?? null,
      max: kpi.max ?? null,
      history: Y.Array.from(current === null ? [] : [{ at, value: current, source: 'manual' }]),
    });
  });
  return id;
}

export type KpiPatch = Partial<
  Pick<
    KpiData,
    'name' | 'unit' | 'target' | 'direction' | 'ownerId' | 'stageId' | 'cardId' | 'min' | 'max'
  >
>;

/** Changes a KPI's descriptive fields (not its current value: see setKpiCurrent). */
export function updateKpi(doc: MapDoc, id: string, patch: KpiPatch): void {
  transact(doc, () => {
    const entry = collection(doc, 'kpis').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/**
 * Sets a KPI's current value and appends it to the history, unchecked (see recordKpiValue
 * in kpiValues.ts for a value checked against the KPI's range). Returns false when
 * the KPI does not exist or the value is not a finite number (nothing changes then).
 */
export function setKpiCurrent(
  doc: MapDoc,
  id: string,
  value: number,
  at = new Date().toISOString(),
): boolean {
  const entry = collection(doc, 'kpis').get(id);
  if (!entry || !Number.isFinite(value)) return false;
  transact(doc, () => {
    entry.set('current', value);
    let history = entry.get('history');
    if (!(history instanceof Y.Array)) {
      history = new Y.Array();
      entry.set('history', history);
    }
    (history as Y.Array<unknown>).push([{ at, value }]);
  });
  return true;
}

/** Deletes a KPI and unlinks it from every card. */
export function deleteKpi(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'kpis').delete(id);
    for (const card of collection(doc, 'cards').values()) unlink(card.get('kpiIds'), id);
  });
}

function unlink(list: unknown, id: string): void {
  if (!(list instanceof Y.Array)) return;
  for (let i = list.length - 1; i >= 0; i--) if (list.get(i) === id) list.delete(i, 1);
}

/** Links a card to a KPI (or unlinks it with `linked: false`). */
export function linkCardKpi(doc: MapDoc, cardId: string, kpiId: string, linked: boolean): void {
  transact(doc, () => {
    const card = collection(doc, 'cards').get(cardId);
    if (!card) return;
    let list = card.get('kpiIds');
    if (!(list instanceof Y.Array)) {
      list = new Y.Array<string>();
      card.set('kpiIds', list);
    }
    const ids = list as Y.Array<string>;
    if (!linked) unlink(ids, kpiId);
    else if (!ids.toArray().includes(kpiId)) ids.push([kpiId]);
  });
}

/** Whether a KPI meets its target (null when it has no target or no current value). */
export function kpiOnTarget(
  kpi: Pick<KpiData, 'target' | 'current' | 'direction'>,
): boolean | null {
  if (kpi.target === null || kpi.current === null) return null;
  return kpi.direction === 'higher' ? kpi.current >= kpi.target : kpi.current <= kpi.target;
}
