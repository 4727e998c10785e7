import type { Node } from '@xyflow/react';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return false;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]));
}

/**
 * Merges freshly derived nodes into the ones React Flow holds: keeps what only
 * React Flow knows (measured size, a drag in progress) and reuses the previous
 * object when nothing visible changed, so an edit re-renders the nodes it touched
 * and not the whole map.
 */
export function mergeDerived<N extends Node>(derived: N[], previous: N[]): N[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return derived.map((node) => {
    const old = before.get(node.id);
    if (!old) return node;
    if (old.dragging)
      return { ...node, measured: old.measured, position: old.position, dragging: true };
    const unchanged =
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.selected === node.selected &&
      old.width === node.width &&
      old.height === node.height &&
      old.type === node.type &&
      old.draggable === node.draggable &&
      old.className === node.className &&
      sameData(old.data, node.data);
    return unchanged ? old : { ...node, measured: old.measured };
  });
}
