import { Handle, Position } from '@xyflow/react';

/**
 * Where edge layers attach to a card: React Flow draws an edge only between handles. They are
 * invisible and cannot start a connection; cards get them only when a layer is registered.
 */
export function CardAnchors() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} className="tm-anchor" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="tm-anchor" />
    </>
  );
}
