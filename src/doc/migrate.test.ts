import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard } from './cards.ts';
import { parseMapExport, writeMap } from './exchange.ts';
import { replicaOf, sync, templateDoc } from './fixtures.ts';
import { invariantViolations } from './invariants.ts';
import { migrateDoc, storedSchemaVersion, titleId } from './migrate.ts';
import { readMap } from './read.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { createUndoHistory } from './undo.ts';
import type { MapDoc } from './ydoc.ts';

/**
 * A map as a version 1 client wrote it: the support template (five system cards in its
 * systems lane, one of them twice), without the fields and collections version 2 added.
 */
function versionOneDoc(): MapDoc {
  const doc = templateDoc('support');
  const { stages, lanes } = readMap(doc);
  const systemsLane = lanes.find((l) => l.kind === 'systems')!.id;
  // The same system in a second stage, spelled a little differently.
  addCard(doc, {
    stageId: stages.at(-1)!.id,
    laneId: systemsLane,
    title: ' ticketing system  (CRM)',
  });
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 1);
    for (const card of doc.getMap<Y.Map<unknown>>('cards').values()) {
      card.delete('systemId');
      card.delete('reliesOn');
    }
    doc.getMap('connections').clear();
  });
  return doc;
}

describe('migration to version 2', () => {
  it('turns each distinct system card of a systems lane into a catalogue entry', () => {
    const doc = versionOneDoc();
    const before = readMap(doc);
    expect(before.meta.schemaVersion).toBe(1);
    expect(before.systems).toEqual([]);
    expect(migrateDoc(doc)).toBe(true);
    const map = readMap(doc);
    expect(map.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(map.systems.map((s) => s.name)).toEqual([
      'Field scheduling system',
      'Help center CMS',
      'Network monitoring',
      'Remote line test tool',
      'Ticketing system (CRM)',
    ]);
    const ticketing = map.systems.find((s) => s.name === 'Ticketing system (CRM)')!;
    expect(ticketing).toMatchObject({ maturity: 3, importance: 3 });
    expect(ticketing.id).toBe(titleId('ticketing system (crm)'));
    // Both ticketing cards stand for the one entry; cards of other kinds stand for nothing.
    expect(map.cards.filter((c) => c.systemId === ticketing.id)).toHaveLength(2);
    expect(map.cards.filter((c) => c.systemId !== null)).toHaveLength(6);
    expect(map.cards.filter((c) => c.kind !== 'system').every((c) => !c.systemId)).toBe(true);
    expect(invariantViolations(map)).toEqual([]);
  });

  it('runs once, never on a current or empty document, and is nobody’s undo step', () => {
    const doc = versionOneDoc();
    const undo = createUndoHistory(doc);
    migrateDoc(doc);
    expect(undo.canUndo()).toBe(false);
    expect(migrateDoc(doc)).toBe(false);
    expect(migrateDoc(templateDoc('refinancing'))).toBe(false);
    const empty = new Y.Doc();
    expect(storedSchemaVersion(empty)).toBeNull();
    expect(migrateDoc(empty)).toBe(false);
    undo.destroy();
  });

  it('converges when two colleagues migrate the same old map at once', () => {
    const a = versionOneDoc();
    const b = replicaOf(a);
    migrateDoc(a);
    migrateDoc(b);
    sync(a, b);
    const map = readMap(a);
    expect(readMap(b)).toEqual(map);
    expect(map.systems).toHaveLength(5);
    expect(a.getMap('systems').size).toBe(5);
    expect(invariantViolations(map)).toEqual([]);
  });

  it('brings an old export forward on import: systems made, connections none', () => {
    const old = JSON.parse(JSON.stringify(readMap(versionOneDoc())));
    delete old.connections;
    delete old.systems;
    for (const card of old.cards) {
      delete card.systemId;
      delete card.reliesOn;
    }
    const parsed = parseMapExport(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.map.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.map.connections).toEqual([]);
    expect(parsed.map.systems).toHaveLength(5);
    const doc = new Y.Doc();
    writeMap(doc, parsed.map);
    expect(invariantViolations(readMap(doc))).toEqual([]);
    expect(readMap(doc).cards.filter((c) => c.systemId !== null)).toHaveLength(6);
  });

  it('imports a current export as it is, dropping only lines to cards it lacks', () => {
    const map = JSON.parse(JSON.stringify(readMap(templateDoc('refinancing'))));
    const gone = map.cards.pop();
    map.connections.push({ id: 'c-x', from: map.cards[0].id, to: gone.id, kind: 'flow' });
    map.cards[0].reliesOn.push('ghost-system');
    const parsed = parseMapExport(map);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.map.connections.some((c) => c.to === gone.id)).toBe(false);
    expect(parsed.map.cards[0]!.reliesOn).not.toContain('ghost-system');
    expect(parsed.map.systems).toEqual(map.systems);
  });
});
