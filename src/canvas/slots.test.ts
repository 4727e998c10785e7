import { describe, expect, it } from 'vitest';
import { templateMap, type CardData, type MapState } from '../doc/index.ts';
import { decorationValues } from './decorate.ts';
import { toFlowEdges, NO_EDGES } from './layerEdges.ts';
import { layoutMap } from './layout.ts';
import { mergeDerived } from './merge.ts';
import { deriveNodes, type CardNode, type StageNode } from './nodes.ts';
import { canvasSlots, decoration, edgeLayer, NO_SLOTS, type CardDecoration } from './slots.ts';

const shop = templateMap('ecommerce')!;
const nothing = () => null;
const badge = (id: string, derive?: (map: MapState) => (card: CardData) => unknown) =>
  decoration({ id, place: 'badge', derive, Component: nothing });

describe('canvasSlots', () => {
  it('lists every contribution in registry order', () => {
    const slots = canvasSlots([
      { feature: 'a', cardDecorations: [badge('a1'), badge('a2')] },
      {
        feature: 'b',
        stageDecorations: [decoration({ id: 'b1', place: 'corner', Component: nothing })],
      },
      {
        feature: 'c',
        cardDecorations: [badge('c1')],
        overlays: [{ id: 'legend', position: 'top-right', Component: nothing }],
      },
    ]);
    expect(slots.cardDecorations.map((d) => d.id)).toEqual(['a1', 'a2', 'c1']);
    expect(slots.stageDecorations.map((d) => d.id)).toEqual(['b1']);
    expect(slots.overlays.map((o) => o.id)).toEqual(['legend']);
    expect(slots.edgeLayers).toEqual([]);
    expect(NO_SLOTS.cardDecorations).toEqual([]);
  });
});

describe('decorationValues', () => {
  it('gives every item the same empty list when no decoration derives anything', () => {
    const values = decorationValues([badge('plain')], shop);
    expect(values(shop.cards[0]!)).toBe(values(shop.cards[1]!));
    expect(values(shop.cards[0]!)).toEqual([]);
  });

  it('derives once per map state and gives each item its values in list order', () => {
    let derivations = 0;
    const list: CardDecoration[] = [
      badge('plain'),
      badge('title', (map) => {
        derivations++;
        const count = map.cards.length;
        return (card) => `${card.title}/${count}`;
      }),
    ];
    const values = decorationValues(list, shop);
    const [first, second] = shop.cards;
    expect(values(first!)).toEqual([undefined, `${first!.title}/${shop.cards.length}`]);
    expect(values(second!)[1]).toBe(`${second!.title}/${shop.cards.length}`);
    expect(derivations).toBe(1);
  });
});

describe('decorated nodes', () => {
  const derive = (counts: Record<string, number>) =>
    deriveNodes({
      map: shop,
      layout: layoutMap(shop),
      selectedId: null,
      personaIds: [],
      matches: () => true,
      cardValues: (card) => [counts[card.id] ?? 0],
      stageValues: (stage) => [stage.name],
    });
  const cards = (nodes: ReturnType<typeof derive>) =>
    nodes.filter((n): n is CardNode => n.type === 'card');

  it('carries the decoration values in node data', () => {
    const nodes = derive({ [shop.cards[0]!.id]: 3 });
    expect(cards(nodes)[0]!.data.decorations).toEqual([3]);
    const stage = nodes.find((n): n is StageNode => n.type === 'stage')!;
    expect(stage.data.decorations).toEqual([stage.data.stage.name]);
  });

  it('re-renders only the cards whose values changed', () => {
    const [first, second] = shop.cards;
    const before = derive({ [first!.id]: 1 });
    const after = mergeDerived(derive({ [first!.id]: 2 }), before);
    const byId = (nodes: typeof before, id: string) => nodes.find((n) => n.id === `card:${id}`);
    expect(byId(after, first!.id)).not.toBe(byId(before, first!.id));
    expect(byId(after, second!.id)).toBe(byId(before, second!.id));
  });
});

describe('toFlowEdges', () => {
  const layer = (id: string) => edgeLayer({ id, useEdges: () => [], Edge: nothing });

  it('draws each layer edge between card nodes, typed by its layer', () => {
    const edges = toFlowEdges(
      [layer('flows'), layer('observed')],
      [[{ id: 'e1', from: 'a', to: 'b' }], [{ id: 'e1', from: 'b', to: 'c', data: 12 }]],
    );
    expect(edges.map((e) => [e.id, e.type, e.source, e.target])).toEqual([
      ['flows:e1', 'flows', 'card:a', 'card:b'],
      ['observed:e1', 'observed', 'card:b', 'card:c'],
    ]);
    expect(edges[1]!.data!.edge.data).toBe(12);
    expect(edges.every((e) => e.selectable === false && e.zIndex === 1)).toBe(true);
  });

  it('gives the same empty array when there is nothing to draw', () => {
    expect(toFlowEdges([], [])).toBe(NO_EDGES);
    expect(toFlowEdges([layer('flows')], [[]])).toBe(NO_EDGES);
  });

  it('selects the edges of a selectable layer by id, names them, and marks them in a compare', () => {
    const connections = edgeLayer({
      id: 'connections',
      selectable: true,
      useEdges: () => [],
      Edge: nothing,
    });
    const edges = toFlowEdges(
      [connections, layer('observed')],
      [
        [
          { id: 'x1', from: 'a', to: 'b', name: 'Flow from A to B' },
          { id: 'x2', from: 'b', to: 'c', name: 'Flow from B to C' },
        ],
        [{ id: 'x1', from: 'a', to: 'b' }],
      ],
      { selectedId: 'x1', marks: new Map([['x2', 'removed' as const]]) },
    );
    expect(edges.map((e) => [e.id, e.selectable, e.selected, e.ariaLabel])).toEqual([
      ['connections:x1', true, true, 'Flow from A to B'],
      ['connections:x2', true, false, 'Flow from B to C (change: removed)'],
      // Not selectable: the same id elsewhere is not the selected connection.
      ['observed:x1', false, false, undefined],
    ]);
    expect(edges[1]!.data!.mark).toBe('removed');
  });
});

describe('canvasSlots connector', () => {
  it('takes the first contribution that draws lines by hand, or none', () => {
    const first = { useConnect: () => null };
    const second = { useConnect: () => null };
    expect(
      canvasSlots([
        { feature: 'a' },
        { feature: 'b', connector: first },
        { feature: 'c', connector: second },
      ]).connector,
    ).toBe(first);
    expect(NO_SLOTS.connector).toBeNull();
  });
});
