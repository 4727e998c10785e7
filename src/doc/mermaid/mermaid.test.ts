import { describe, expect, it } from 'vitest';
import { parseMapExport, writeMap } from '../exchange.ts';
import { addPersona } from '../meta.ts';
import { readMap } from '../read.ts';
import { createMapDoc } from '../ydoc.ts';
import type { MapState } from '../schema.ts';
import { mapToMermaid, mermaidToMap } from './index.ts';

/* Mermaid journey ↔ map: what an import makes, and that export → import gives it back. */

function imported(text: string): MapState {
  const result = mermaidToMap(text);
  if (!result.ok) throw new Error('not a journey');
  return result.map;
}

// Stages, cards and scores by name: what a round trip must keep.
function shape(map: MapState) {
  const persona = new Map(map.personas.map((p) => [p.id, p.name]));
  const stages = [...map.stages].sort((a, b) => (a.order < b.order ? -1 : 1));
  return {
    title: map.meta.title,
    personas: map.personas.map((p) => p.name),
    stages: stages.map((s) => ({
      name: s.name,
      cards: map.cards
        .filter((c) => c.stageId === s.id)
        .sort((a, b) => (a.order < b.order ? -1 : 1))
        .map((c) => ({
          title: c.title,
          scores: Object.fromEntries(
            Object.entries(c.emotion).map(([id, e]) => [persona.get(id), e]),
          ),
        })),
    })),
  };
}

describe('Mermaid journey import', () => {
  it('makes stages, customer-action cards, personas and emotions, and nothing else', () => {
    const map = imported(`journey
  title Buying a bike
  Browse: 4: Ann
  section Visit the shop
    Test ride: 5: Ann, Ben
    Haggle: 2: Ben,
  section Pay
    Pay: 1
    Wait: 3: Ann`);
    expect(shape(map)).toEqual({
      title: 'Buying a bike',
      personas: ['Ann', 'Ben', 'Customer'],
      stages: [
        { name: 'Start', cards: [{ title: 'Browse', scores: { Ann: 1 } }] },
        {
          name: 'Visit the shop',
          cards: [
            { title: 'Test ride', scores: { Ann: 2, Ben: 2 } },
            { title: 'Haggle', scores: { Ben: -1 } },
          ],
        },
        {
          name: 'Pay',
          cards: [
            { title: 'Pay', scores: { Customer: -2 } },
            { title: 'Wait', scores: { Ann: 0 } },
          ],
        },
      ],
    });
    expect(map.lanes.map((l) => [l.name, l.kind])).toEqual([
      ['Customer actions', 'actions'],
      ['Emotions', 'emotion'],
    ]);
    expect(new Set(map.cards.map((c) => [c.kind, c.laneId].join()))).toEqual(
      new Set([`action,${map.lanes[0]!.id}`]),
    );
    expect([map.kpis, map.actions, map.people, map.connections, map.systems]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    // A valid map by the export format's own rules.
    expect(parseMapExport(JSON.parse(JSON.stringify(map))).ok).toBe(true);
  });

  it('names an untitled journey, and keeps a card without a score without emotions', () => {
    const map = imported('journey\nsection S\n  Unsure: maybe: Ann');
    expect(map.meta.title).toBe('Imported journey');
    expect(shape(map).stages[0]!.cards).toEqual([{ title: 'Unsure', scores: {} }]);
    expect(map.personas.map((p) => p.name)).toEqual(['Ann']);
  });

  it('keeps personas in order of first appearance once stored, and adds new ones after', () => {
    const doc = createMapDoc();
    writeMap(doc, imported('journey\nsection S\n  A: 3: Zoe, Max\n  B: 4: Amy, Zoe'));
    expect(readMap(doc).personas.map((p) => p.name)).toEqual(['Zoe', 'Max', 'Amy']);
    addPersona(doc, 'Abe');
    expect(readMap(doc).personas.map((p) => p.name)).toEqual(['Zoe', 'Max', 'Amy', 'Abe']);
  });

  it('makes no Customer persona when every task names its actors', () => {
    expect(imported('journey\nsection S\n  T: 3: Me').personas.map((p) => p.name)).toEqual(['Me']);
  });

  it('puts accDescr into the map purpose', () => {
    expect(imported('journey\naccDescr: Why this map\nsection S\n  T: 3').meta.purpose).toBe(
      'Why this map',
    );
  });
});

describe('Mermaid journey export', () => {
  it('writes a journey that imports back to the same stages, cards and scores', () => {
    const source = `journey
  title Checkout: fast path
  Arrive: 3: Ann
  section Cart
    Add item: 4: Ann, Ben
    Apply code #35;1 #59; again: 2: Ben
    Quick #58; look: 5
  section Pay #58; card
    Pay: 1: Ann
  section Empty`;
    const first = imported(source);
    const { text, dropped } = mapToMermaid(first);
    expect(dropped).toEqual([]);
    expect(shape(imported(text))).toEqual(shape(first));
    expect(text).toContain('Apply code #35;1 #59; again: 2: Ben');
    expect(text).toContain('section Pay #58; card');
  });

  it('escapes what Mermaid cannot hold and keeps names from being read as keywords', () => {
    const map = imported('journey\nsection S\n  T: 3: Me');
    map.cards[0]!.title = 'Section 4: ask; 100% #1';
    map.personas[0]!.name = 'Smith, Jo';
    map.stages[0]!.name = 'title page';
    const { text } = mapToMermaid(map);
    expect(text).toContain('section #116;itle page');
    expect(text).toContain('#83;ection 4#58; ask#59; 100#37; #35;1: 3: Smith#44; Jo');
    expect(shape(imported(text))).toEqual(shape(map));
  });

  it('says what it leaves out', () => {
    const map = imported('journey\nsection S\n  T: 3: Ann, Ben\n  U: unknown');
    map.cards[0]!.emotion[map.personas[1]!.id] = -2;
    map.cards.push({ ...map.cards[0]!, id: 'pain', kind: 'painpoint', title: 'Slow' });
    const { dropped } = mapToMermaid(map);
    expect(dropped).toEqual([
      '“T”: Ben’s score left out (a Mermaid task has one score for all its actors)',
      '“U” has no emotion score; exported as 3 (neutral)',
      '1 cards that are not customer actions',
    ]);
  });
});
