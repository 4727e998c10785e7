import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import { mergeDerived } from './merge.ts';

const node = (id: string, data: Record<string, unknown>, x = 0): Node => ({
  id,
  position: { x, y: 0 },
  data,
});

describe('mergeDerived', () => {
  it('reuses unchanged nodes and keeps measured sizes on changed ones', () => {
    const card = { title: 'A' };
    const kpis = [{ id: 'k' }];
    const previous = [
      { ...node('a', { card, kpis: [...kpis] }), measured: { width: 10, height: 10 } },
      { ...node('b', { card }), measured: { width: 5, height: 5 } },
    ];
    const merged = mergeDerived(
      [node('a', { card, kpis: [...kpis] }), node('b', { card: { title: 'B' } })],
      previous,
    );
    expect(merged[0]).toBe(previous[0]);
    expect(merged[1]).not.toBe(previous[1]);
    expect(merged[1]!.measured).toEqual({ width: 5, height: 5 });
  });

  it('keeps the position of a node being dragged', () => {
    const previous = [{ ...node('a', {}, 50), dragging: true }];
    const merged = mergeDerived([node('a', {}, 0)], previous);
    expect(merged[0]!.position.x).toBe(50);
    expect(merged[0]!.dragging).toBe(true);
  });

  it('treats a moved node as changed', () => {
    const previous = [node('a', {}, 0)];
    expect(mergeDerived([node('a', {}, 10)], previous)[0]!.position.x).toBe(10);
  });
});
