import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAction,
  deleteAction,
  isOverdue,
  linkActionCard,
  quadrant,
  updateAction,
} from './actions.ts';
import { readMap } from './read.ts';

describe('actions', () => {
  it('adds an action linked to cards with clamped scores', () => {
    const doc = new Y.Doc();
    const id = addAction(doc, {
      title: 'Show shipping cost early',
      impact: 9,
      effort: 0,
      cardIds: ['c1'],
    });
    expect(readMap(doc).actions[0]).toEqual({
      id,
      title: 'Show shipping cost early',
      ownerId: null,
      due: null,
      status: 'todo',
      impact: 5,
      effort: 1,
      cardIds: ['c1'],
    });
  });

  it('updates, links, unlinks and deletes', () => {
    const doc = new Y.Doc();
    const id = addAction(doc, { title: 'A' });
    updateAction(doc, id, { status: 'doing', due: '2026-12-01', impact: 4.6, ownerId: 'p1' });
    linkActionCard(doc, id, 'c1', true);
    linkActionCard(doc, id, 'c1', true);
    linkActionCard(doc, id, 'c2', true);
    linkActionCard(doc, id, 'c1', false);
    expect(readMap(doc).actions[0]).toMatchObject({
      status: 'doing',
      due: '2026-12-01',
      impact: 5,
      ownerId: 'p1',
      cardIds: ['c2'],
    });
    deleteAction(doc, id);
    expect(readMap(doc).actions).toEqual([]);
  });

  it('places actions in the four quadrants', () => {
    expect(quadrant({ impact: 5, effort: 1 })).toBe('quick-win');
    expect(quadrant({ impact: 3, effort: 3 })).toBe('big-bet');
    expect(quadrant({ impact: 2, effort: 2 })).toBe('fill-in');
    expect(quadrant({ impact: 1, effort: 5 })).toBe('money-pit');
  });

  it('calls open actions past their due date overdue', () => {
    expect(isOverdue({ due: '2026-11-01', status: 'todo' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ due: '2026-11-01', status: 'done' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due: '2026-11-23', status: 'doing' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ due: null, status: 'todo' }, '2026-11-23')).toBe(false);
  });
});
