import { useCallback, useMemo } from 'react';
import type { OnNodeDrag } from '@xyflow/react';
import { moveCard, moveLane, moveStage } from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { CARD_H, CARD_W, COLUMN_W, dropTargetAt, insertionIndex, type Layout } from './layout.ts';
import type { JourneyNode } from './nodes.ts';

const centre = (node: JourneyNode, w: number, h: number) => ({
  x: node.position.x + w / 2,
  y: node.position.y + h / 2,
});

/**
 * Drag handling: while dragging only the UI store changes (the highlighted cell);
 * the document is written once, on drop. Returns whether a drop moved something,
 * so the canvas can snap a refused drop back.
 */
export function useNodeDrag(layout: Layout) {
  const doc = useMapDoc();
  const ui = useUiStore();

  const onNodeDrag: OnNodeDrag<JourneyNode> = useCallback(
    (_event, node) => {
      if (node.type !== 'card') return;
      const c = centre(node, CARD_W, CARD_H);
      const target = dropTargetAt(layout, node.data.card.id, c.x, c.y);
      ui.getState().setDropCell(target ? `${target.stageId}/${target.laneId}` : null);
    },
    [layout, ui],
  );

  const drop = useCallback(
    (node: JourneyNode): boolean => {
      ui.getState().setDropCell(null);
      if (node.type === 'card') {
        const c = centre(node, CARD_W, CARD_H);
        const target = dropTargetAt(layout, node.data.card.id, c.x, c.y);
        if (!target) return false;
        moveCard(doc, node.data.card.id, target);
        return true;
      }
      if (node.type === 'stage') {
        const centres = layout.stages.map((s) => s.x + s.w / 2);
        const index = insertionIndex(centres, node.data.index, node.position.x + COLUMN_W / 2);
        if (index === node.data.index) return false;
        moveStage(doc, node.data.stage.id, index);
        return true;
      }
      if (node.type === 'lane') {
        const box = layout.lanes[node.data.index]!;
        const centres = layout.lanes.map((l) => l.y + l.h / 2);
        const index = insertionIndex(centres, node.data.index, node.position.y + box.h / 2);
        if (index === node.data.index) return false;
        moveLane(doc, node.data.lane.id, index);
        return true;
      }
      return false;
    },
    [doc, layout, ui],
  );

  return useMemo(() => ({ onNodeDrag, drop }), [onNodeDrag, drop]);
}
