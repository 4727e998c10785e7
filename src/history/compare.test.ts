import { describe, expect, it } from 'vitest';
import { templateMap } from '../doc/index.ts';
import { compareMaps } from './compare.ts';

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
    expect(shown.cards).toHaveLength(after.cards.length + 1);
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
});
