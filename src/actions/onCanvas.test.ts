import { describe, expect, it } from 'vitest';
import { templateMap, type ActionData } from '../doc/index.ts';
import { actionsOnCanvas, openActionCounts } from './onCanvas.ts';

const action = (id: string, status: ActionData['status'], cardIds: string[]): ActionData => ({
  id,
  title: id,
  ownerId: null,
  due: null,
  status,
  impact: 3,
  effort: 3,
  cardIds,
});

describe('open actions on cards', () => {
  it('counts the actions not done per linked card', () => {
    const counts = openActionCounts({
      actions: [
        action('a', 'todo', ['c1', 'c2']),
        action('b', 'doing', ['c1']),
        action('c', 'done', ['c1', 'c3']),
      ],
    });
    expect(Object.fromEntries(counts)).toEqual({ c1: 2, c2: 1 });
  });

  it('gives each card of a map its count through the decoration', () => {
    const map = templateMap('ecommerce')!;
    const card = map.cards[0]!;
    const withAction = { ...map, actions: [action('a', 'todo', [card.id])] };
    const derive = actionsOnCanvas.cardDecorations![0]!.derive!;
    expect(derive(withAction)(card)).toBe(1);
    expect(derive(withAction)(map.cards[1]!)).toBe(0);
  });
});
