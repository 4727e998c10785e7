import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { compareMaps, emotionChanges, moveArrows, originId } from './compare.ts';

describe('compareMaps', () => {
  const before = templateMap('ecommerce')!;
  const [first, second, third] = before.cards;
  const after = {
    ...before,
    cards: [
      { ...first!, title: 'Renamed' },
      { ...second!, stageId: before.stages[3]!.id },
      ...before.cards.slice(3),
      { ...third!, id: 'new-card', title: 'Brand new' },
    ],
  };

  it('marks added, changed and moved cards and keeps removed ones as ghosts', () => {
    const { marks, shown } = compareMaps(before, after);
    expect(marks.get(first!.id)).toBe('changed');
    expect(marks.get(second!.id)).toBe('moved');
    expect(marks.get('new-card')).toBe('added');
    expect(marks.get(third!.id)).toBe('removed');
    expect(shown.cards.some((c) => c.id === third!.id)).toBe(true);
    // The removed card, and where the moved one was.
    expect(shown.cards).toHaveLength(after.cards.length + 2);
  });

  it('marks nothing when nothing changed', () => {
    expect(compareMaps(before, before).marks.size).toBe(0);
  });

  it('marks added and changed connections and keeps removed ones between shown cards', () => {
    const [kept, edited, dropped] = before.connections;
    const added = { ...kept!, id: 'new-line', kind: 'depends' as const };
    const later = {
      ...before,
      connections: [kept!, { ...edited!, label: 'Edited' }, added, ...before.connections.slice(3)],
    };
    const { marks, shown } = compareMaps(before, later);
    expect(marks.get('new-line')).toBe('added');
    expect(marks.get(edited!.id)).toBe('changed');
    expect(marks.get(dropped!.id)).toBe('removed');
    expect(marks.has(kept!.id)).toBe(false);
    expect(shown.connections.map((c) => c.id).sort()).toEqual(
      [...later.connections, dropped!].map((c) => c.id).sort(),
    );
  });

  it('draws a moved card where it was too: a faded ghost and an arrow to where it is', () => {
    const { marks, shown } = compareMaps(before, after);
    const ghost = shown.cards.find((c) => c.id === originId(second!.id))!;
    expect(ghost).toMatchObject({
      stageId: second!.stageId,
      laneId: second!.laneId,
      title: second!.title,
      emotion: {},
    });
    expect(marks.get(ghost.id)).toBe('origin');
    expect(marks.get(second!.id)).toBe('moved');
    expect(moveArrows(shown.cards)).toEqual([{ from: ghost.id, to: second!.id }]);
    // Nothing else gets a ghost: the renamed card stayed in its cell.
    expect(shown.cards.filter((c) => c.id.endsWith('~origin'))).toHaveLength(1);
  });

  it('gives no ghost for a card whose old cell is gone, and no arrow without both ends', () => {
    const gone = { ...after, stages: after.stages.filter((s) => s.id !== second!.stageId) };
    const { shown } = compareMaps(before, {
      ...gone,
      cards: gone.cards.filter((c) => c.stageId !== second!.stageId),
    });
    expect(shown.cards.some((c) => c.id === originId(second!.id))).toBe(false);
    expect(moveArrows([{ id: originId('x') }])).toEqual([]);
  });

  it('tells which scores changed and what they were before', () => {
    expect(emotionChanges({ a: 0, b: 1 }, { a: -2, b: 1, c: 2 })).toEqual({ a: 0, c: null });
    expect(emotionChanges({ a: 1 }, { a: 1 })).toBeNull();
    expect(emotionChanges({ a: 1 }, {})).toBeNull();
    const persona = before.personas[0]!.id;
    const later = {
      ...before,
      cards: before.cards.map((c, i) =>
        i === 0
          ? { ...c, emotion: { ...c.emotion, [persona]: c.emotion[persona] === -2 ? 2 : -2 } }
          : c,
      ),
    };
    const { emotionBefore } = compareMaps(before, later);
    expect([...emotionBefore]).toEqual([
      [first!.id, { [persona]: first!.emotion[persona] ?? null }],
    ]);
  });
});
