import { describe, expect, it } from 'vitest';
import { addCard, deleteCard } from './cards.ts';
import {
  addConnection,
  deleteConnection,
  reverseConnection,
  updateConnection,
} from './connections.ts';
import { replicaOf, send, sync, templateDoc } from './fixtures.ts';
import { invariantViolations } from './invariants.ts';
import { readMap } from './read.ts';
import { deleteLane, deleteStage } from './structure.ts';
import { createUndoHistory } from './undo.ts';

/** A blank map with three cards in its first lane, one per stage, and no connections. */
function setup() {
  const doc = templateDoc('blank');
  const { stages, lanes } = readMap(doc);
  const [a, b, c] = stages.map((s, i) =>
    addCard(doc, { stageId: s.id, laneId: lanes[0]!.id, title: `Card ${i}` }),
  );
  return { doc, a: a!, b: b!, c: c!, before: 0 };
}

const connectionsOf = (doc: ReturnType<typeof templateDoc>) => readMap(doc).connections;

describe('connections', () => {
  it('connects two cards with a kind and a label; data flows start automated', () => {
    const { doc, a, b, c, before } = setup();
    const flow = addConnection(doc, { from: a, to: b });
    const data = addConnection(doc, { from: b, to: c, kind: 'data', label: 'Order' });
    const list = connectionsOf(doc);
    expect(list).toHaveLength(before + 2);
    expect(list.find((x) => x.id === flow)).toEqual({
      id: flow,
      from: a,
      to: b,
      kind: 'flow',
      label: '',
      status: null,
    });
    expect(list.find((x) => x.id === data)).toMatchObject({ kind: 'data', status: 'automated' });
  });

  it('refuses a loop and a missing card, and makes the same line once', () => {
    const { doc, a, b, before } = setup();
    expect(addConnection(doc, { from: a, to: a })).toBeNull();
    expect(addConnection(doc, { from: a, to: 'ghost' })).toBeNull();
    const first = addConnection(doc, { from: a, to: b, kind: 'depends' });
    expect(addConnection(doc, { from: a, to: b, kind: 'depends' })).toBe(first);
    // Another kind between the same cards is another line.
    expect(addConnection(doc, { from: a, to: b, kind: 'data' })).not.toBe(first);
    expect(connectionsOf(doc)).toHaveLength(before + 2);
  });

  it('edits the label and status; the status comes and goes with the data kind', () => {
    const { doc, a, b } = setup();
    const id = addConnection(doc, { from: a, to: b })!;
    const find = () => connectionsOf(doc).find((x) => x.id === id)!;
    updateConnection(doc, id, { status: 'missing' });
    expect(find().status).toBeNull();
    updateConnection(doc, id, { kind: 'data', label: 'Loan status' });
    expect(find()).toMatchObject({ kind: 'data', label: 'Loan status', status: 'automated' });
    updateConnection(doc, id, { status: 'missing' });
    expect(find().status).toBe('missing');
    updateConnection(doc, id, { kind: 'depends' });
    expect(find()).toMatchObject({ kind: 'depends', status: null });
    updateConnection(doc, 'ghost', { label: 'nothing happens' });
    expect(invariantViolations(readMap(doc))).toEqual([]);
  });

  it('reverses and deletes', () => {
    const { doc, a, b, before } = setup();
    const id = addConnection(doc, { from: a, to: b })!;
    reverseConnection(doc, id);
    expect(connectionsOf(doc).find((x) => x.id === id)).toMatchObject({ from: b, to: a });
    deleteConnection(doc, id);
    expect(connectionsOf(doc)).toHaveLength(before);
  });

  it('goes with a deleted card, and one undo brings both back', () => {
    const { doc, a, b } = setup();
    addConnection(doc, { from: a, to: b });
    const undo = createUndoHistory(doc);
    deleteCard(doc, b);
    expect(connectionsOf(doc).some((x) => x.from === b || x.to === b)).toBe(false);
    // Gone from the document, not only hidden by the reader.
    expect(doc.getMap('connections').size).toBe(connectionsOf(doc).length);
    undo.undo();
    expect(readMap(doc).cards.some((x) => x.id === b)).toBe(true);
    expect(connectionsOf(doc).some((x) => x.from === a && x.to === b)).toBe(true);
    undo.destroy();
  });

  it('goes with the stage or lane of its card', () => {
    const doc = templateDoc('ecommerce');
    const map = readMap(doc);
    const stage = map.stages[1]!;
    const lane = map.lanes[0]!;
    const inStage = map.cards.find((c) => c.stageId === stage.id)!;
    const elsewhere = map.cards.find((c) => c.stageId !== stage.id && c.laneId !== lane.id)!;
    addConnection(doc, { from: elsewhere.id, to: inStage.id, kind: 'depends' });
    deleteStage(doc, stage.id);
    deleteLane(doc, lane.id);
    // Nothing left in the document that the reader would have to hide.
    expect(doc.getMap('connections').size).toBe(connectionsOf(doc).length);
    expect(invariantViolations(readMap(doc))).toEqual([]);
  });

  it('hides a connection made to a card a colleague deleted at the same time', () => {
    const { doc, a } = setup();
    const other = replicaOf(doc);
    const fresh = addCard(doc, {
      stageId: readMap(doc).stages[0]!.id,
      laneId: readMap(doc).lanes[0]!.id,
      title: 'New',
    });
    sync(doc, other);
    addConnection(doc, { from: a, to: fresh, kind: 'data', label: 'x' });
    deleteCard(other, fresh);
    sync(doc, other);
    for (const replica of [doc, other]) {
      const map = readMap(replica);
      expect(map.connections.some((c) => c.to === fresh)).toBe(false);
      expect(invariantViolations(map)).toEqual([]);
    }
    expect(readMap(doc)).toEqual(readMap(other));
  });

  it("undoes only this user's connection, never a colleague's", () => {
    const { doc, a, b, c } = setup();
    const other = replicaOf(doc);
    const undo = createUndoHistory(doc);
    const mine = addConnection(doc, { from: a, to: b })!;
    const theirs = addConnection(other, { from: b, to: c, kind: 'data' })!;
    send(other, doc, 'remote');
    undo.undo();
    const ids = connectionsOf(doc).map((x) => x.id);
    expect(ids).not.toContain(mine);
    expect(ids).toContain(theirs);
    undo.destroy();
  });
});
