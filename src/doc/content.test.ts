import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, setEmotion, updateCard } from './cards.ts';
import { addKpi, deleteKpi, kpiOnTarget, linkCardKpi, setKpiCurrent, updateKpi } from './kpis.ts';
import { replicaOf, send, sync } from './fixtures.ts';
import { addPersona, deletePersona, updatePersona } from './meta.ts';
import { addPerson, deletePerson, initials, updatePerson } from './people.ts';
import { readMap } from './read.ts';
import { addLane, addStage, updateStage } from './structure.ts';
import { sharedText } from './text.ts';
import { createUndoHistory } from './undo.ts';

function grid() {
  const doc = new Y.Doc();
  const stageId = addStage(doc, 'Purchase');
  const laneId = addLane(doc, 'Touchpoints', 'touchpoints');
  const cardId = addCard(doc, { stageId, laneId, title: 'Checkout' });
  return { doc, stageId, laneId, cardId };
}

describe('people', () => {
  it('adds, edits and lists people by name with palette colours', () => {
    const { doc } = grid();
    const maya = addPerson(doc, { name: 'Maya Chen', team: 'Marketing' });
    addPerson(doc, { name: 'Ade Bello', team: 'Support', color: '#123456' });
    updatePerson(doc, maya, { team: 'Growth' });
    const people = readMap(doc).people;
    expect(people.map((p) => p.name)).toEqual(['Ade Bello', 'Maya Chen']);
    expect(people[1]).toMatchObject({ team: 'Growth' });
    expect(people[1]!.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(people[0]!.color).toBe('#123456');
  });

  it('clears ownership everywhere when a person is deleted', () => {
    const { doc, stageId, cardId } = grid();
    const maya = addPerson(doc, { name: 'Maya' });
    updateStage(doc, stageId, { ownerId: maya });
    updateCard(doc, cardId, { ownerId: maya });
    const kpi = addKpi(doc, { name: 'Conversion', ownerId: maya });
    deletePerson(doc, maya);
    const map = readMap(doc);
    expect(map.people).toEqual([]);
    expect(map.stages[0]!.ownerId).toBeNull();
    expect(map.cards[0]!.ownerId).toBeNull();
    expect(map.kpis.find((k) => k.id === kpi)!.ownerId).toBeNull();
  });

  it('makes initials from first and last names', () => {
    expect(initials('Maya Chen')).toBe('MC');
    expect(initials('  sam  ')).toBe('S');
    expect(initials('Ana de la Cruz')).toBe('AC');
  });
});

describe('personas', () => {
  it('renames and deletes a persona together with its scores', () => {
    const { doc, cardId } = grid();
    const buyer = addPersona(doc, 'Buyer');
    const gift = addPersona(doc, 'Gift shopper');
    setEmotion(doc, cardId, buyer, 1);
    setEmotion(doc, cardId, gift, -2);
    updatePersona(doc, buyer, { name: 'First-time buyer', description: 'No account yet' });
    deletePersona(doc, gift);
    const map = readMap(doc);
    expect(map.personas).toEqual([
      { id: buyer, name: 'First-time buyer', description: 'No account yet', order: 'a0' },
    ]);
    expect(map.cards[0]!.emotion).toEqual({ [buyer]: 1 });
  });
});

describe('KPIs', () => {
  it('adds a KPI attached to a stage with its first value in the history', () => {
    const { doc, stageId } = grid();
    const id = addKpi(
      doc,
      { name: 'Checkout conversion', unit: '%', target: 60, current: 52, stageId },
      '2026-11-01T00:00:00.000Z',
    );
    expect(readMap(doc).kpis[0]).toMatchObject({
      id,
      stageId,
      cardId: null,
      target: 60,
      current: 52,
      direction: 'higher',
      history: [{ at: '2026-11-01T00:00:00.000Z', value: 52 }],
    });
  });

  it('appends every new current value to the history', () => {
    const { doc } = grid();
    const id = addKpi(doc, { name: 'Abandonment', direction: 'lower', target: 20 });
    expect(setKpiCurrent(doc, id, 31, '2026-11-02T00:00:00.000Z')).toBe(true);
    expect(setKpiCurrent(doc, id, 24, '2026-11-09T00:00:00.000Z')).toBe(true);
    const kpi = readMap(doc).kpis[0]!;
    expect(kpi.current).toBe(24);
    expect(kpi.history.map((h) => h.value)).toEqual([31, 24]);
  });

  it('refuses a missing KPI or a non-finite value and changes nothing', () => {
    const { doc } = grid();
    const id = addKpi(doc, { name: 'NPS', current: 10 });
    const before = Y.encodeStateVector(doc);
    expect(setKpiCurrent(doc, 'ghost', 5)).toBe(false);
    expect(setKpiCurrent(doc, id, Number.NaN)).toBe(false);
    expect(setKpiCurrent(doc, id, Infinity)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('edits fields, links to cards and unlinks on delete', () => {
    const { doc, cardId } = grid();
    const id = addKpi(doc, { name: 'CSAT' });
    updateKpi(doc, id, { target: 4.5, unit: '/5', cardId });
    linkCardKpi(doc, cardId, id, true);
    linkCardKpi(doc, cardId, id, true);
    expect(readMap(doc).cards[0]!.kpiIds).toEqual([id]);
    expect(readMap(doc).kpis[0]).toMatchObject({ target: 4.5, unit: '/5', cardId });
    linkCardKpi(doc, cardId, id, false);
    expect(readMap(doc).cards[0]!.kpiIds).toEqual([]);
    linkCardKpi(doc, cardId, id, true);
    deleteKpi(doc, id);
    expect(readMap(doc).kpis).toEqual([]);
    expect(readMap(doc).cards[0]!.kpiIds).toEqual([]);
  });

  it('judges on/off target by direction', () => {
    expect(kpiOnTarget({ target: 60, current: 61, direction: 'higher' })).toBe(true);
    expect(kpiOnTarget({ target: 60, current: 59, direction: 'higher' })).toBe(false);
    expect(kpiOnTarget({ target: 20, current: 19, direction: 'lower' })).toBe(true);
    expect(kpiOnTarget({ target: 20, current: 21, direction: 'lower' })).toBe(false);
    expect(kpiOnTarget({ target: null, current: 21, direction: 'lower' })).toBeNull();
  });
});

describe('undo history', () => {
  it('undoes and redoes own changes and never a colleague’s', () => {
    const { doc, cardId } = grid();
    const history = createUndoHistory(doc);
    updateCard(doc, cardId, { title: 'Mine' });
    const colleague = replicaOf(doc);
    const theirs = addPerson(colleague, { name: 'Bob' });
    send(colleague, doc, 'remote');
    expect(history.canUndo()).toBe(true);
    history.undo();
    expect(readMap(doc).cards[0]!.title).toBe('Checkout');
    expect(readMap(doc).people.map((p) => p.id)).toEqual([theirs]);
    history.redo();
    expect(readMap(doc).cards[0]!.title).toBe('Mine');
    history.destroy();
  });
});

describe('shared text', () => {
  it('applies minimal edits so concurrent typing in one field keeps both', () => {
    const { doc, cardId } = grid();
    const other = replicaOf(doc);
    const mine = sharedText(doc, 'cards', cardId, 'description')!;
    const theirs = sharedText(other, 'cards', cardId, 'description')!;
    mine.edit('Guest checkout');
    send(doc, other);
    mine.edit('Guest checkout only');
    theirs.edit('Slow guest checkout');
    sync(doc, other);
    expect(mine.value()).toBe('Slow guest checkout only');
    expect(theirs.value()).toBe(mine.value());
  });

  it('reports remote changes and keeps an anchored caret in place', () => {
    const { doc, cardId } = grid();
    const other = replicaOf(doc);
    const mine = sharedText(doc, 'cards', cardId, 'description')!;
    mine.edit('world');
    send(doc, other);
    const seen: string[] = [];
    const off = mine.observe((v) => seen.push(v));
    const caret = mine.anchor(5);
    sharedText(other, 'cards', cardId, 'description')!.edit('hello world');
    send(other, doc, 'remote');
    expect(seen).toEqual(['hello world']);
    expect(mine.resolve(caret)).toBe(11);
    off();
    expect(sharedText(doc, 'cards', 'ghost', 'description')).toBeNull();
  });
});
