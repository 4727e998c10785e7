import * as Y from 'yjs';

/*
 * Writes to a KPI from outside the editor (data pipelines through the HTTP API).
 * src/doc has no KPI mutation yet; this follows the document contract (PRODUCT.md):
 * `kpis` is a Y.Map of Y.Map entries whose `history` is a Y.Array of `{ at, value }`.
 */

/** Transaction origin of writes made through the HTTP API. */
export const API_ORIGIN = 'trailmap:api';

/** Sets a KPI's `current` and appends `{ at, value }` to its history; false if there is no such KPI. */
export function setKpiCurrent(doc: Y.Doc, kpiId: string, value: number, at: string): boolean {
  const entry = doc.getMap<unknown>('kpis').get(kpiId);
  if (!(entry instanceof Y.Map)) return false;
  doc.transact(() => {
    let history = entry.get('history');
    if (!(history instanceof Y.Array)) {
      history = new Y.Array<unknown>();
      entry.set('history', history);
    }
    entry.set('current', value);
    (history as Y.Array<unknown>).push([{ at, value }]);
  }, API_ORIGIN);
  return true;
}
