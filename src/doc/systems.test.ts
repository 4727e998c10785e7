import { describe, expect, it } from 'vitest';
import { addCard } from './cards.ts';
import { addConnection } from './connections.ts';
import { replicaOf, send, sync, templateDoc } from './fixtures.ts';
import { invariantViolations } from './invariants.ts';
import { readMap } from './read.ts';
import { dataFlows, relianceOf } from './reliance.ts';
import {
  addSystem,
  addSystemFromCard,
  deleteSystem,
  roadmapQuadrant,
  setCardReliesOn,
  setCardSystem,
  updateSystem,
} from './systems.ts';
import { createUndoHistory } from './undo.ts';

/** A blank map with a touchpoint and a system card in the first stage. */
function setup() {
  const doc = templateDoc('blank');
  const { stages, lanes } = readMap(doc);
  const touchpoint = addCard(doc, {
    stageId: stages[0]!.id,
    laneId: lanes[1]!.id,
    title: 'Rate expiry email',
  });
  const systemCard = addCard(doc, {
    stageId: stages[0]!.id,
    laneId: lanes[0]!.id,
    title: 'CRM',
    kind: 'system',
  });
  return { doc, touchpoint, systemCard, stages };
}

const card = (doc: ReturnType<typeof templateDoc>, id: string) =>
  readMap(doc).cards.find((c) => c.id === id)!;

describe('systems catalogue', () => {
  it('adds a system with scores kept within 1…5', () => {
    const { doc } = setup();
    const id = addSystem(doc, { name: 'CRM', maturity: 0, importance: 9.4 });
    expect(readMap(doc).systems).toEqual([
      { id, name: 'CRM', ownerId: null, description: '', maturity: 1, importance: 5 },
    ]);
  });

  it('edits name, owner, description and scores', () => {
    const { doc } = setup();
    const id = addSystem(doc, { name: 'CRM' });
    updateSystem(doc, id, {
      name: 'Marketing automation',
      ownerId: 'p1',
      description: 'Campaigns',
      maturity: 2.4,
      importance: 7,
    });
    expect(readMap(doc).systems[0]).toEqual({
      id,
      name: 'Marketing automation',
      ownerId: 'p1',
      description: 'Campaigns',
      maturity: 2,
      importance: 5,
    });
  });

  it('links a system card and a relying card, and unlinks both when the system goes', () => {
    const { doc, touchpoint, systemCard } = setup();
    const id = addSystem(doc, { name: 'CRM' });
    setCardSystem(doc, systemCard, id);
    setCardReliesOn(doc, touchpoint, id, true);
    setCardReliesOn(doc, touchpoint, id, true);
    expect(card(doc, systemCard).systemId).toBe(id);
    expect(card(doc, touchpoint).reliesOn).toEqual([id]);
    setCardReliesOn(doc, touchpoint, id, false);
    expect(card(doc, touchpoint).reliesOn).toEqual([]);
    setCardReliesOn(doc, touchpoint, id, true);
    deleteSystem(doc, id);
    expect(card(doc, systemCard).systemId).toBeNull();
    expect(card(doc, touchpoint).reliesOn).toEqual([]);
    expect(doc.getMap('cards').toJSON()[touchpoint].reliesOn).toEqual([]);
  });

  it('refuses links to a system that is not in the catalogue', () => {
    const { doc, touchpoint, systemCard } = setup();
    setCardSystem(doc, systemCard, 'ghost');
    setCardReliesOn(doc, touchpoint, 'ghost', true);
    expect(card(doc, systemCard).systemId).toBeNull();
    expect(card(doc, touchpoint).reliesOn).toEqual([]);
  });

  it('makes a catalogue entry from a card, owner and description included, as one undo step', () => {
    const { doc, systemCard } = setup();
    const undo = createUndoHistory(doc);
    const id = addSystemFromCard(doc, systemCard)!;
    expect(readMap(doc).systems).toEqual([expect.objectContaining({ id, name: 'CRM' })]);
    expect(card(doc, systemCard).systemId).toBe(id);
    undo.undo();
    expect(readMap(doc).systems).toEqual([]);
    expect(card(doc, systemCard).systemId).toBeNull();
    expect(addSystemFromCard(doc, 'ghost')).toBeNull();
    undo.destroy();
  });

  it('reads a link to a system deleted concurrently as no link, on every replica', () => {
    const { doc, touchpoint } = setup();
    const id = addSystem(doc, { name: 'CRM' });
    const other = replicaOf(doc);
    setCardReliesOn(doc, touchpoint, id, true);
    deleteSystem(other, id);
    sync(doc, other);
    for (const replica of [doc, other]) {
      expect(card(replica, touchpoint).reliesOn).toEqual([]);
      expect(invariantViolations(readMap(replica))).toEqual([]);
    }
  });

  it('undoes my re-score and keeps a colleague’s', () => {
    const { doc } = setup();
    const a = addSystem(doc, { name: 'A' });
    const b = addSystem(doc, { name: 'B' });
    const other = replicaOf(doc);
    const undo = createUndoHistory(doc);
    updateSystem(doc, a, { maturity: 5 });
    updateSystem(other, b, { importance: 1 });
    send(other, doc, 'remote');
    undo.undo();
    const [sa, sb] = readMap(doc).systems;
    expect(sa).toMatchObject({ id: a, maturity: 3 });
    expect(sb).toMatchObject({ id: b, importance: 1 });
    undo.destroy();
  });
});

describe('reliance', () => {
  it('counts named systems and "depends on" lines to system cards; serves their stages', () => {
    const { doc, touchpoint, systemCard, stages } = setup();
    const crm = addSystem(doc, { name: 'CRM' });
    const los = addSystem(doc, { name: 'LOS' });
    setCardSystem(doc, systemCard, crm);
    addConnection(doc, { from: touchpoint, to: systemCard, kind: 'depends' });
    setCardReliesOn(doc, touchpoint, los, true);
    // A system card does not rely on the system it stands for.
    setCardReliesOn(doc, systemCard, crm, true);
    const r = relianceOf(readMap(doc));
    expect(r.systemsOf.get(touchpoint)?.map((s) => s.name)).toEqual(['CRM', 'LOS']);
    expect(r.systemsOf.has(systemCard)).toBe(false);
    expect(r.usersOf.get(crm)?.map((c) => c.id)).toEqual([touchpoint]);
    expect(r.cardsOf.get(crm)?.map((c) => c.id)).toEqual([systemCard]);
    expect([...r.stagesOf.get(los)!]).toEqual([stages[0]!.id]);
  });

  it('lists data flows with the systems at their ends', () => {
    const { doc, touchpoint, systemCard } = setup();
    const crm = addSystem(doc, { name: 'CRM' });
    setCardSystem(doc, systemCard, crm);
    addConnection(doc, { from: touchpoint, to: systemCard, kind: 'flow' });
    const id = addConnection(doc, {
      from: systemCard,
      to: touchpoint,
      kind: 'data',
      status: 'missing',
    });
    const flows = dataFlows(readMap(doc));
    expect(flows).toHaveLength(1);
    expect(flows[0]).toMatchObject({
      connection: { id, status: 'missing' },
      fromSystem: { id: crm },
      toSystem: null,
    });
  });

  it('puts important, immature systems in "fix first"', () => {
    expect(roadmapQuadrant({ importance: 5, maturity: 1 })).toBe('fix-first');
    expect(roadmapQuadrant({ importance: 3, maturity: 2 })).toBe('fix-first');
    expect(roadmapQuadrant({ importance: 3, maturity: 3 })).toBe('sustain');
    expect(roadmapQuadrant({ importance: 2, maturity: 2 })).toBe('tolerate');
    expect(roadmapQuadrant({ importance: 1, maturity: 5 })).toBe('maintain');
  });
});
