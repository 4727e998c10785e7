import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import type { JourneyNode } from './nodes.ts';

/**
 * React Flow's node changes applied to the nodes it holds, but for selection (the UI store
 * owns it) and removal (only the document removes things); headers slide along their own
 * axis only.
 */
export function applyMoves(changes: NodeChange<JourneyNode>[], current: JourneyNode[]) {
  return applyNodeChanges(
    changes.filter((c) => c.type !== 'select' && c.type !== 'remove'),
    current,
  ).map((node) => {
    if (node.type === 'stage' && node.position.y !== 0)
      return { ...node, position: { ...node.position, y: 0 } };
    if (node.type === 'lane' && node.position.x !== 0)
      return { ...node, position: { ...node.position, x: 0 } };
    return node;
  });
}
