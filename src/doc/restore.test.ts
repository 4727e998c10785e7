import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction, deleteAction, linkActionCard, updateAction } from './actions.ts';
import {
  addCard,
  deleteCard,
  moveCard,
  setCardDescription,
  setEmotion,
  updateCard,
} from './cards.ts';
import { addConnection, deleteConnection, updateConnection } from './connections.ts';
import { replicaOf, sync, templateDoc } from './fixtures.ts';
import { invariantViolations } from './invariants.ts';
import { addKpi, deleteKpi, linkCardKpi, setKpiCurrent, updateKpi } from './kpis.ts';
import { addPersona, deletePersona, setMeta, updatePersona } from './meta.ts';
import { addPerson, deletePerson } from './people.ts';
import { readMap } from './read.ts';
import { restoreMap } from './restore.ts';
import {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  updateStage,
} from './structure.ts';
import type { MapState } from './schema.ts';
import { addSystem, setCardReliesOn, setCardSystem } from './systems.ts';
import type { MapDoc } from './ydoc.ts';

/** Two replicas of one template map, in sync. */
function replicas(template = 'ecommerce') {
  const a = templateDoc(template);
  return { a, b: replicaOf(a) };
}

/** Restores `doc` to `target`, returning the updates it emitted. */
function restore(doc: MapDoc, target: MapState): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array) => updates.push(update);
  doc.on('update', record);
  restoreMap(doc, target);
  doc.off('update', record);
  return updates;
}

/** A broad set of edits touching every collection and every kind of field. */
function editEverything(doc: MapDoc): void {
  const map = readMap(doc);
  const [s0, s1, s2] = map.stages;
  const [l0, l1] = map.lanes;
  const [c0, c1, c2] = map.cards;
  const [p0, p1] = map.personas;
  setMeta(doc, { title: 'Changed title', purpose: 'Changed purpose' });
  updateStage(doc, s0!.id, { name: 'Renamed', goal: 'New goal', ownerId: map.people[0]!.id });
  moveStage(doc, s0!.id, 3);
  deleteStage(doc, s2!.id);
  addStage(doc, 'Brand new', 1);
  moveLane(doc, l1!.id, 0);
  deleteLane(doc, map.lanes.at(-1)!.id);
  addLane(doc, 'Extra', 'custom');
  const fresh = addCard(doc, { stageId: s1!.id, laneId: l0!.id, title: 'Fresh', index: 0 });
  setCardDescription(doc, fresh, 'fresh text');
  updateCard(doc, c0!.id, {
    title: 'Edited',
    channel: 'phone',
    evidence: 'data',
    momentOfTruth: true,
  });
  setCardDescription(doc, c0!.id, `prefix ${c0!.description} suffix`);
  setEmotion(doc, c0!.id, p0!.id, -2);
  setEmotion(doc, c1!.id, p1!.id, null);
  moveCard(doc, c1!.id, { stageId: s1!.id, laneId: l1!.id, index: 0 });
  deleteCard(doc, c2!.id);
  updatePersona(doc, p0!.id, { name: 'Persona renamed', description: 'x' });
  deletePersona(doc, p1!.id);
  addPersona(doc, 'Newcomer');
  deletePerson(doc, map.people.at(-1)!.id);
  addPerson(doc, { name: 'Zed', team: 'Ops' });
  const [k0, k1] = map.kpis;
  setKpiCurrent(doc, k0!.id, 99, '2030-01-01');
  updateKpi(doc, k0!.id, { target: 1, direction: 'lower' });
  deleteKpi(doc, k1!.id);
  const kpi = addKpi(doc, { name: 'New KPI', current: 5 });
  linkCardKpi(doc, c0!.id, kpi, true);
  const action = addAction(doc, { title: 'Call back', cardIds: [c0!.id] });
  linkActionCard(doc, action, fresh, true);
  if (map.actions[0]) updateAction(doc, map.actions[0].id, { status: 'done', impact: 5 });
  if (map.actions[1]) deleteAction(doc, map.actions[1].id);
  const system = addSystem(doc, { name: 'CRM', maturity: 2 });
  setCardReliesOn(doc, c0!.id, system, true);
  setCardSystem(doc, fresh, system);
  addConnection(doc, { from: fresh, to: c0!.id, kind: 'data', status: 'missing' });
  const [line0, line1] = map.connections;
  if (line0) updateConnection(doc, line0.id, { label: 'Edited' });
  if (line1) deleteConnection(doc, line1.id);
}

describe('restoreMap', () => {
  it('brings back a past state exactly, as one update that another replica converges on', () => {
    const { a, b } = replicas();
    const past = readMap(a);
    editEverything(a);
    sync(a, b);
    expect(readMap(a)).not.toEqual(past);

    const updates = restore(a, past);
    expect(updates).toHaveLength(1);
    expect(readMap(a)).toEqual(past);
    Y.applyUpdate(b, updates[0]!);
    expect(readMap(b)).toEqual(past);
    expect(Y.encodeStateVector(b)).toEqual(Y.encodeStateVector(a));
  });

  it('goes forward again: restoring the later state after the earlier one', () => {
    const { a } = replicas('saas');
    const past = readMap(a);
    editEverything(a);
    const later = readMap(a);
    restoreMap(a, past);
    restoreMap(a, later);
    expect(readMap(a)).toEqual(later);
    // Re-created entries are ordinary entries: they take edits like any other.
    const card = later.cards[0]!;
    setCardDescription(a, card.id, 'after restore');
    setEmotion(a, card.id, later.personas[0]!.id, 1);
    expect(readMap(a).cards[0]).toMatchObject({ description: 'after restore' });
  });

  it('turns one map into a wholly different one, and back to blank', () => {
    const doc = templateDoc('support');
    // Targets come from readMap (a stored version), which sorts what a template does not.
    const other = replicas('refinancing').a;
    restoreMap(doc, readMap(other));
    expect(readMap(doc)).toEqual(readMap(other));
    const blank = replicas('blank').a;
    restoreMap(doc, readMap(blank));
    expect(readMap(doc)).toEqual(readMap(blank));
  });

  it('emits nothing when the document already reads as the target', () => {
    const { a } = replicas();
    expect(restore(a, readMap(a))).toEqual([]);
  });

  it('touches only what differs: the description is edited, not replaced', () => {
    const { a, b } = replicas();
    const card = readMap(a).cards[0]!;
    const past = readMap(a);
    setCardDescription(a, card.id, card.description + ' and more');
    sync(a, b);
    // Meanwhile b types at the start of the same description.
    const text = b.getMap<Y.Map<unknown>>('cards').get(card.id)!.get('description') as Y.Text;
    text.insert(0, 'NB: ');
    restoreMap(a, past);
    sync(a, b);
    // The restore removed the tail only, so b's concurrent words survive on both.
    for (const doc of [a, b]) {
      expect(readMap(doc).cards.find((c) => c.id === card.id)!.description).toBe(
        'NB: ' + card.description,
      );
    }
    // A KPI's history is trimmed back, not rewritten.
    const kpi = past.kpis[0]!;
    setKpiCurrent(a, kpi.id, 42, '2031-01-01');
    restoreMap(a, past);
    expect(readMap(a).kpis.find((k) => k.id === kpi.id)).toEqual(kpi);
  });

  it('merges with concurrent edits on another replica: no crash, both converge, map sound', () => {
    const { a, b } = replicas();
    const past = readMap(a);
    editEverything(a);
    sync(a, b);
    const now = readMap(b);
    // While a restores, b keeps editing, some of it on entries the restore deletes or re-creates.
    restoreMap(a, past);
    const newStage = now.stages.find((s) => s.name === 'Brand new')!;
    addCard(b, { stageId: newStage.id, laneId: now.lanes[0]!.id, title: 'In a doomed stage' });
    const kept = now.stages.find((s) => s.id !== now.stages[0]!.id && s.id !== newStage.id)!;
    addCard(b, { stageId: kept.id, laneId: past.lanes[0]!.id, title: 'Survivor' });
    updateCard(b, now.cards[0]!.id, { title: 'Concurrent title' });
    deleteStage(b, now.stages[0]!.id);
    setMeta(b, { purpose: 'Concurrent purpose' });
    sync(a, b);

    const merged = readMap(a);
    expect(readMap(b)).toEqual(merged);
    expect(invariantViolations(merged)).toEqual([]);
    expect(merged.cards.some((c) => c.title === 'Survivor')).toBe(true);
    expect(merged.cards.some((c) => c.title === 'In a doomed stage')).toBe(false);
  });
});
