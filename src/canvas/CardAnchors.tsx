import { Handle, Position, useConnection } from '@xyflow/react';

/**
 * Where edge layers attach to a card: React Flow draws an edge only between handles. Cards get
 * them only when a layer is registered. Where a feature lets people draw lines (`connectable`),
 * the right-hand handle shows on a hovered or selected card to drag a line from, and while a
 * line is being drawn the left-hand one covers the whole card, so it can be dropped anywhere on
 * it. Otherwise they are invisible and cannot be grabbed.
 */
export function CardAnchors({ connectable }: { connectable: boolean }) {
  // A boolean, so that a card re-renders when a line starts or ends, not while it is drawn.
  const drawing = useConnection((c) => c.inProgress);
  return (
    <>
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={connectable}
        className={connectable && drawing ? 'tm-anchor-drop' : 'tm-anchor'}
      />
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={connectable}
        className={connectable ? 'tm-anchor-grip' : 'tm-anchor'}
        title={connectable ? 'Drag to another card to connect' : undefined}
      />
    </>
  );
}
