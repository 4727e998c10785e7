import { describe, expect, it } from 'vitest';
import {
  addCard,
  deleteCard,
  moveCard,
  setCardDescription,
  setEmotion,
  updateCard,
} from './cards.ts';
import { addConnection, deleteConnection, updateConnection } from './connections.ts';
import { diffMaps, summarize } from './diff.ts';
import { templateDoc } from './fixtures.ts';
import { addKpi, setKpiCurrent, updateKpi } from './kpis.ts';
import { addPersona, deletePersona, setMeta, updatePersona } from './meta.ts';
import { addPerson } from './people.ts';
import { readMap } from './read.ts';
import { addLane, addStage, deleteStage, moveStage, updateStage } from './structure.ts';
import { addSystem } from './systems.ts';
import type { MapDoc } from './ydoc.ts';

/** A doc with the e-commerce template, and a function that diffs an edit of it. */
function setup() {
  const doc = templateDoc('ecommerce');
  const start = readMap(doc);
  const edit = (fn: (doc: MapDoc) => void) => {
    const before = readMap(doc);
    fn(doc);
    return diffMaps(before, readMap(doc));
  };
  return { doc, start, edit };
}

/** The cards of one cell, in order. */
const cellOf = (doc: MapDoc, stageId: string, laneId: string) =>
  readMap(doc).cards.filter((c) => c.stageId === stageId && c.laneId === laneId);

describe('diffMaps', () => {
  it('finds nothing between equal states', () => {
    const { start } = setup();
    const diff = diffMaps(start, structuredClone(start));
    expect(diff.meta).toEqual([]);
    for (const kind of [
      'stages',
      'lanes',
      'cards',
      'personas',
      'people',
      'kpis',
      'actions',
      'connections',
      'systems',
    ] as const) {
      expect(diff[kind]).toMatchObject({ added: [], removed: [], changed: [] });
    }
    expect(diff.cards.moved).toEqual([]);
    expect(diff.cards.reordered).toEqual([]);
    expect(summarize(diff)).toBe('No changes');
  });

  it('reports added and deleted cards whole', () => {
    const { doc, start, edit } = setup();
    const [stage] = start.stages;
    const [lane] = start.lanes;
    // A card off the happy path: no connection goes with it.
    const victim = start.cards.find(
      (c, i) => i >= 5 && !start.connections.some((x) => x.from === c.id || x.to === c.id),
    )!;
    const diff = edit(() => {
      addCard(doc, { stageId: stage!.id, laneId: lane!.id, title: 'New A' });
      addCard(doc, { stageId: stage!.id, laneId: lane!.id, title: 'New B' });
      deleteCard(doc, victim.id);
    });
    expect(diff.cards.added.map((c) => c.title)).toEqual(['New A', 'New B']);
    expect(diff.cards.removed).toEqual([victim]);
    expect(diff.cards.changed).toEqual([]);
    // New cards take keys at the end of the cell: nobody else counts as reordered.
    expect(diff.cards.reordered).toEqual([]);
    expect(summarize(diff)).toBe('+2 cards, −1 card');
  });

  it('reports a move between cells with the names of both cells', () => {
    const { doc, start, edit } = setup();
    const card = start.cards.find((c) => c.stageId === start.stages[0]!.id)!;
    const to = { stage: start.stages[2]!, lane: start.lanes[1]! };
    const from = {
      stage: start.stages.find((s) => s.id === card.stageId)!,
      lane: start.lanes.find((l) => l.id === card.laneId)!,
    };
    const diff = edit(() =>
      moveCard(doc, card.id, { stageId: to.stage.id, laneId: to.lane.id, index: 0 }),
    );
    expect(diff.cards.moved).toEqual([
      {
        id: card.id,
        label: card.title,
        from: {
          stageId: from.stage.id,
          stage: from.stage.name,
          laneId: from.lane.id,
          lane: from.lane.name,
        },
        to: { stageId: to.stage.id, stage: to.stage.name, laneId: to.lane.id, lane: to.lane.name },
      },
    ]);
    // The new order key is part of the move, not a field edit or a reorder.
    expect(diff.cards.changed).toEqual([]);
    expect(diff.cards.reordered).toEqual([]);
    expect(summarize(diff)).toBe('1 card moved');
  });

  it('reports a reorder within a cell, and ignores a new key that keeps the sequence', () => {
    const { doc, start, edit } = setup();
    const stage = start.stages[0]!;
    const lane = start.lanes[0]!;
    for (const title of ['x', 'y']) addCard(doc, { stageId: stage.id, laneId: lane.id, title });
    const cell = cellOf(doc, stage.id, lane.id);
    expect(cell.length).toBeGreaterThanOrEqual(3);
    const last = cell.at(-1)!;
    const diff = edit(() =>
      moveCard(doc, last.id, { stageId: stage.id, laneId: lane.id, index: 0 }),
    );
    expect(diff.cards.reordered).toEqual([
      {
        id: last.id,
        label: last.title,
        cell: { stageId: stage.id, stage: stage.name, laneId: lane.id, lane: lane.name },
        from: cell.length,
        to: 1,
      },
    ]);
    expect(diff.cards.moved).toEqual([]);
    expect(diff.cards.changed).toEqual([]);
    expect(summarize(diff)).toBe('1 card reordered');

    // Moving the first card to where it already is gives it a fresh key: churn, not a change.
    const first = cellOf(doc, stage.id, lane.id)[0]!;
    const churn = edit(() =>
      moveCard(doc, first.id, { stageId: stage.id, laneId: lane.id, index: 0 }),
    );
    expect(cellOf(doc, stage.id, lane.id)[0]!.order).not.toBe(first.order);
    expect(summarize(churn)).toBe('No changes');
  });

  it('gives field edits old → new, and emotion per persona by name', () => {
    const { doc, start, edit } = setup();
    const card = start.cards[0]!;
    const persona = start.personas[0]!;
    const old = card.emotion[persona.id] ?? null;
    const score = old === 2 ? -1 : 2;
    const diff = edit(() => {
      updateCard(doc, card.id, { title: 'Renamed card', momentOfTruth: !card.momentOfTruth });
      setCardDescription(doc, card.id, 'Now described');
      setEmotion(doc, card.id, persona.id, score);
    });
    expect(diff.cards.changed).toEqual([
      {
        id: card.id,
        label: 'Renamed card',
        changes: [
          { field: 'title', before: card.title, after: 'Renamed card' },
          { field: 'description', before: card.description, after: 'Now described' },
          { field: 'momentOfTruth', before: card.momentOfTruth, after: !card.momentOfTruth },
          { field: `emotion.${persona.name}`, before: old, after: score },
        ],
      },
    ]);
    expect(summarize(diff)).toBe('1 card edited');
  });

  it('reports persona changes without repeating a deleted persona on every card', () => {
    const { doc, start, edit } = setup();
    const [first, second] = start.personas;
    expect(start.cards.some((c) => second!.id in c.emotion)).toBe(true);
    const diff = edit(() => {
      updatePersona(doc, first!.id, { description: 'Shops on mobile' });
      deletePersona(doc, second!.id);
      addPersona(doc, 'Gift buyer');
    });
    expect(diff.personas.changed).toEqual([
      {
        id: first!.id,
        label: first!.name,
        changes: [{ field: 'description', before: first!.description, after: 'Shops on mobile' }],
      },
    ]);
    expect(diff.personas.removed).toEqual([second]);
    expect(diff.personas.added.map((p) => p.name)).toEqual(['Gift buyer']);
    expect(diff.cards.changed).toEqual([]);
    expect(summarize(diff)).toBe('+1 persona, −1 persona, 1 persona edited');
  });

  it('reports KPI current and target changes without the history they append', () => {
    const { doc, edit } = setup();
    const kpi = addKpi(
      doc,
      { name: 'Conversion', unit: '%', target: 3, current: 2.1 },
      '2026-01-01',
    );
    const diff = edit(() => {
      setKpiCurrent(doc, kpi, 2.6, '2026-02-01');
      updateKpi(doc, kpi, { target: 3.5 });
    });
    expect(diff.kpis.changed).toEqual([
      {
        id: kpi,
        label: 'Conversion',
        changes: [
          { field: 'target', before: 3, after: 3.5 },
          { field: 'current', before: 2.1, after: 2.6 },
        ],
      },
    ]);
    expect(summarize(diff)).toBe('1 KPI edited');
  });

  it('names a renamed stage, reports stage moves as reorders and deletions with their cards', () => {
    const { doc, start, edit } = setup();
    const [a, , c] = start.stages;
    const cardsInC = start.cards.filter((card) => card.stageId === c!.id);
    const renamed = edit(() => updateStage(doc, a!.id, { name: 'Discover' }));
    expect(renamed.stages.changed).toEqual([
      {
        id: a!.id,
        label: 'Discover',
        changes: [{ field: 'name', before: a!.name, after: 'Discover' }],
      },
    ]);
    expect(summarize(renamed)).toBe(`stage '${a!.name}' renamed to 'Discover'`);

    const moved = edit(() => moveStage(doc, a!.id, 2));
    expect(moved.stages.reordered).toEqual([{ id: a!.id, label: 'Discover', from: 1, to: 3 }]);
    expect(moved.stages.changed).toEqual([]);

    const deleted = edit(() => deleteStage(doc, c!.id));
    expect(deleted.stages.removed.map((s) => s.id)).toEqual([c!.id]);
    expect(deleted.cards.removed.map((card) => card.id).sort()).toEqual(
      cardsInC.map((card) => card.id).sort(),
    );
    // The happy path's two lines through the stage's customer action go with it.
    const inC = new Set(cardsInC.map((card) => card.id));
    const lines = start.connections.filter((x) => inC.has(x.from) || inC.has(x.to));
    expect(deleted.connections.removed).toEqual(lines);
    expect(lines).toHaveLength(2);
    expect(summarize(deleted)).toBe(`−1 stage, −${count(cardsInC.length)}, −2 connections`);
  });

  it('reports meta, people and lanes, and sums many changes up in one line', () => {
    const { doc, start, edit } = setup();
    const diff = edit(() => {
      setMeta(doc, { title: 'Checkout 2', purpose: 'Why do carts die?' });
      addPerson(doc, { name: 'Ana' });
      addLane(doc, 'Channels', 'custom');
      addStage(doc, 'Advocacy');
      // Cards off the happy path, so that no connection goes with them.
      const unconnected = start.cards.filter(
        (card) => !start.connections.some((x) => x.from === card.id || x.to === card.id),
      );
      for (const card of unconnected.slice(0, 3)) deleteCard(doc, card.id);
      updateStage(doc, start.stages[1]!.id, { name: 'Choose', goal: 'Pick one' });
      updateStage(doc, start.stages[2]!.id, { name: 'Pay' });
    });
    expect(diff.meta).toEqual([
      { field: 'title', before: start.meta.title, after: 'Checkout 2' },
      { field: 'purpose', before: start.meta.purpose, after: 'Why do carts die?' },
    ]);
    expect(diff.people.added.map((p) => p.name)).toEqual(['Ana']);
    expect(diff.lanes.added.map((l) => l.name)).toEqual(['Channels']);
    expect(summarize(diff)).toBe(
      '+1 stage, +1 lane, +1 person, −3 cards, ' +
        `stage '${start.stages[2]!.name}' renamed to 'Pay', 1 stage edited and 2 more`,
    );
  });
});

const count = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

describe('connections and systems in a diff', () => {
  it('names connections by their cards and sums them up with systems', () => {
    const { doc, start, edit } = setup();
    const [first, second] = start.cards;
    const line = start.connections[0]!;
    const diff = edit(() => {
      addConnection(doc, { from: first!.id, to: second!.id, kind: 'depends' });
      updateConnection(doc, line.id, { kind: 'data', label: 'Order', status: 'missing' });
      addSystem(doc, { name: 'CRM', maturity: 2 });
      deleteConnection(doc, start.connections[1]!.id);
    });
    expect(diff.connections.added).toEqual([
      expect.objectContaining({ from: first!.id, to: second!.id, kind: 'depends' }),
    ]);
    expect(diff.connections.removed.map((x) => x.id)).toEqual([start.connections[1]!.id]);
    const titles = (id: string) => start.cards.find((x) => x.id === id)!.title;
    expect(diff.connections.changed).toEqual([
      {
        id: line.id,
        label: `${titles(line.from)} → ${titles(line.to)}`,
        changes: [
          { field: 'kind', before: 'flow', after: 'data' },
          { field: 'label', before: '', after: 'Order' },
          { field: 'status', before: null, after: 'missing' },
        ],
      },
    ]);
    expect(diff.systems.added.map((x) => x.name)).toEqual(['CRM']);
    expect(summarize(diff)).toBe('+1 connection, +1 system, −1 connection, 1 connection edited');
  });
});
