import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  moveCard,
  setCardDescription,
  setEmotion,
  updateCard,
} from './cards.ts';
import { parseMapExport, writeMap } from './exchange.ts';
import { replicaOf, send, templateDoc } from './fixtures.ts';
import { invariantViolations } from './invariants.ts';
import { addPersona, setMeta } from './meta.ts';
import { orderAt } from './order.ts';
import { createMapReader, readMap } from './read.ts';
import {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  moveLane,
  moveStage,
  updateStage,
} from './structure.ts';
import { TEMPLATES, templateMap } from './templates/index.ts';
import { LOCAL_ORIGIN } from './ydoc.ts';

function mapWithGrid() {
  const doc = new Y.Doc();
  const s1 = addStage(doc, 'Awareness');
  const s2 = addStage(doc, 'Purchase');
  const lane = addLane(doc, 'Touchpoints', 'touchpoints');
  return { doc, s1, s2, lane };
}

describe('stages and lanes', () => {
  it('adds stages in order and inserts at an index', () => {
    const { doc } = mapWithGrid();
    addStage(doc, 'Consideration', 1);
    expect(readMap(doc).stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
    ]);
  });

  it('moves a stage and keeps every entry id equal to its key', () => {
    const { doc, s2 } = mapWithGrid();
    moveStage(doc, s2, 0);
    const stages = readMap(doc).stages;
    expect(stages.map((s) => s.name)).toEqual(['Purchase', 'Awareness']);
    const raw = doc.getMap<Y.Map<unknown>>('stages');
    for (const [key, entry] of raw.entries()) expect(entry.get('id')).toBe(key);
  });

  it('renames a stage and sets its goal', () => {
    const { doc, s1 } = mapWithGrid();
    updateStage(doc, s1, { name: 'Discover', goal: 'Be found' });
    expect(readMap(doc).stages[0]).toMatchObject({ name: 'Discover', goal: 'Be found' });
  });

  it('deleting a stage deletes its cards and nothing else', () => {
    const { doc, s1, s2, lane } = mapWithGrid();
    addCard(doc, { stageId: s1, laneId: lane, title: 'Ad' });
    const kept = addCard(doc, { stageId: s2, laneId: lane, title: 'Checkout' });
    deleteStage(doc, s1);
    const map = readMap(doc);
    expect(map.stages.map((s) => s.id)).toEqual([s2]);
    expect(map.cards.map((c) => c.id)).toEqual([kept]);
    expect(doc.getMap('cards').size).toBe(1);
  });

  it('moves and deletes lanes with their cards', () => {
    const { doc, s1, lane } = mapWithGrid();
    const pains = addLane(doc, 'Pain points', 'painpoints');
    moveLane(doc, pains, 0);
    expect(readMap(doc).lanes.map((l) => l.kind)).toEqual(['painpoints', 'touchpoints']);
    addCard(doc, { stageId: s1, laneId: lane, title: 'Ad' });
    deleteLane(doc, lane);
    expect(readMap(doc).cards).toEqual([]);
  });
});

describe('cards', () => {
  it('gets its kind from the lane and keeps order within the cell', () => {
    const { doc, s1, lane } = mapWithGrid();
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    addCard(doc, { stageId: s1, laneId: lane, title: 'B', index: 0 });
    const cards = readMap(doc).cards;
    expect(cards.map((c) => c.title)).toEqual(['B', 'A']);
    expect(cards.find((c) => c.id === a)?.kind).toBe('touchpoint');
  });

  it('moves between cells to a given index', () => {
    const { doc, s1, s2, lane } = mapWithGrid();
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    addCard(doc, { stageId: s2, laneId: lane, title: 'B' });
    addCard(doc, { stageId: s2, laneId: lane, title: 'C' });
    moveCard(doc, a, { stageId: s2, laneId: lane, index: 1 });
    const inS2 = readMap(doc).cards.filter((c) => c.stageId === s2);
    expect(inS2.map((c) => c.title)).toEqual(['B', 'A', 'C']);
  });

  it('refuses a move into a stage that does not exist', () => {
    const { doc, s1, lane } = mapWithGrid();
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    moveCard(doc, a, { stageId: 'missing', laneId: lane, index: 0 });
    expect(readMap(doc).cards[0]?.stageId).toBe(s1);
  });

  it('edits fields and the collaborative description', () => {
    const { doc, s1, lane } = mapWithGrid();
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    updateCard(doc, a, {
      title: 'Checkout',
      channel: 'web',
      momentOfTruth: true,
      evidence: 'data',
    });
    setCardDescription(doc, a, 'Guest checkout only');
    expect(readMap(doc).cards[0]).toMatchObject({
      title: 'Checkout',
      channel: 'web',
      momentOfTruth: true,
      evidence: 'data',
      description: 'Guest checkout only',
    });
    expect(doc.getMap<Y.Map<unknown>>('cards').get(a)?.get('description')).toBeInstanceOf(Y.Text);
  });

  it('keeps one emotion score per persona, clamped to −2…+2', () => {
    const { doc, s1, lane } = mapWithGrid();
    const first = addPersona(doc, 'First-time buyer');
    const gift = addPersona(doc, 'Gift shopper');
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    setEmotion(doc, a, first, 5);
    setEmotion(doc, a, gift, -1.4);
    expect(readMap(doc).cards[0]?.emotion).toEqual({ [first]: 2, [gift]: -1 });
    setEmotion(doc, a, gift, null);
    expect(readMap(doc).cards[0]?.emotion).toEqual({ [first]: 2 });
  });

  it('deletes a card', () => {
    const { doc, s1, lane } = mapWithGrid();
    const a = addCard(doc, { stageId: s1, laneId: lane, title: 'A' });
    deleteCard(doc, a);
    expect(readMap(doc).cards).toEqual([]);
  });

  it('runs every mutation under the local origin, so undo sees only own edits', () => {
    const { doc, s1, lane } = mapWithGrid();
    const undo = new Y.UndoManager(
      ['stages', 'lanes', 'cards'].map((n) => doc.getMap(n)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    addCard(doc, { stageId: s1, laneId: lane, title: 'Mine' });
    const remote = replicaOf(doc);
    addCard(remote, { stageId: s1, laneId: lane, title: 'Theirs' });
    send(remote, doc, 'remote');
    undo.undo();
    expect(readMap(doc).cards.map((c) => c.title)).toEqual(['Theirs']);
  });
});

describe('ordering', () => {
  it('gives concurrent inserts at the same place distinct keys', () => {
    const keys = new Set(
      Array.from({ length: 50 }, () => orderAt([{ order: 'a0' }, { order: 'a1' }], 1)),
    );
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key > 'a0' && key < 'a1').toBe(true);
  });

  it('ignores a sibling whose order is briefly missing', () => {
    const key = orderAt([{ order: 'a0' }, { order: '' }], 2);
    expect(key > 'a0').toBe(true);
  });
});

describe('reader', () => {
  it('returns the same snapshot until a change, and reuses unchanged entries', () => {
    const { doc, s1, s2 } = mapWithGrid();
    const reader = createMapReader(doc);
    const before = reader.read();
    expect(reader.read()).toBe(before);
    updateStage(doc, s2, { name: 'Buy' });
    const after = reader.read();
    expect(after).not.toBe(before);
    expect(after.stages.find((s) => s.id === s1)).toBe(before.stages.find((s) => s.id === s1));
    expect(after.stages.find((s) => s.id === s2)?.name).toBe('Buy');
    reader.destroy();
  });
});

describe('templates and exchange', () => {
  it('has the e-commerce template with the six stages in order', () => {
    expect(TEMPLATES.map((t) => t.id)).toContain('ecommerce');
    const map = templateMap('ecommerce')!;
    expect(map.stages.map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Purchase',
      'Delivery',
      'Support',
      'Loyalty',
    ]);
    expect(map.lanes.map((l) => l.kind)).toEqual([
      'actions',
      'touchpoints',
      'emotion',
      'painpoints',
      'opportunities',
      'backstage',
    ]);
    expect(templateMap('nope')).toBeNull();
  });

  it('round-trips a template through write, read and parse', () => {
    for (const { id } of TEMPLATES) {
      const doc = templateDoc(id);
      const exported = JSON.parse(JSON.stringify(readMap(doc)));
      const parsed = parseMapExport(exported);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const copy = new Y.Doc();
      writeMap(copy, parsed.map);
      expect(readMap(copy)).toEqual(readMap(doc));
      expect(invariantViolations(readMap(copy))).toEqual([]);
    }
  });

  it('lists problems for invalid imports', () => {
    const doc = templateDoc('ecommerce');
    const map = JSON.parse(JSON.stringify(readMap(doc)));
    map.cards[0].stageId = 'ghost';
    map.cards[1].kind = 'banana';
    const bad = parseMapExport(map);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.problems.join('\n')).toMatch(/cards\.1\.kind/);
    const dangling = parseMapExport({ ...map, cards: [{ ...map.cards[0] }] });
    expect(dangling.ok ? [] : dangling.problems).toEqual(['cards[0]: unknown stageId "ghost"']);
    expect(parseMapExport('nope').ok).toBe(false);
    expect(parseMapExport({ meta: { title: '' } }).ok).toBe(false);
  });

  it('sets the title and purpose', () => {
    const doc = new Y.Doc();
    setMeta(doc, { title: 'Refinancing', purpose: 'Why do applicants stall?' });
    expect(readMap(doc).meta).toMatchObject({
      title: 'Refinancing',
      purpose: 'Why do applicants stall?',
    });
  });
});
