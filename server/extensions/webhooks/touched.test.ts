import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAction,
  addKpi,
  createMapDoc,
  setKpiCurrent,
  updateAction,
} from '../../../src/doc/index.ts';
import { touchedEntries } from './touched.ts';

/* Reading from an update which actions and KPIs it created or changed. */

const WATCHED = new Set(['actions', 'kpis']);

function recorded(doc: Y.Doc, change: () => void) {
  const updates: Uint8Array[] = [];
  const listen = (u: Uint8Array) => updates.push(u);
  doc.on('update', listen);
  change();
  doc.off('update', listen);
  // A server's copy: it applies the update, then reads it.
  return updates;
}

describe('touched entries', () => {
  it('tells created from changed, and ignores what is not watched', () => {
    const client = createMapDoc();
    const server = createMapDoc();
    const sync = (updates: Uint8Array[]) => updates.forEach((u) => Y.applyUpdate(server, u));
    let actionId = '';
    const created = recorded(client, () => {
      actionId = addAction(client, { title: 'Fix signup' });
    });
    sync(created);
    expect([...touchedEntries(server, created[0]!, WATCHED)]).toEqual([
      ['actions', new Map([[actionId, true]])],
    ]);

    const changed = recorded(client, () => updateAction(client, actionId, { status: 'doing' }));
    sync(changed);
    expect(touchedEntries(server, changed[0]!, WATCHED).get('actions')).toEqual(
      new Map([[actionId, false]]),
    );

    let kpiId = '';
    sync(
      recorded(client, () => (kpiId = addKpi(client, { name: 'NPS', target: 40 }, '2026-01-01'))),
    );
    const pushed = recorded(client, () => setKpiCurrent(client, kpiId, 12, '2026-01-02'));
    sync(pushed);
    expect(touchedEntries(server, pushed[0]!, WATCHED).get('kpis')).toEqual(
      new Map([[kpiId, false]]),
    );
    expect(touchedEntries(server, pushed[0]!, new Set(['cards'])).size).toBe(0);
  });
});
