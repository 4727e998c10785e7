import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { addLane, addStage } from '../doc/index.ts';
import { useMapDoc, useUiStore } from '../editor/MapContext.tsx';
import { PlusIcon } from '../ui/icons.tsx';
import type { AddNode as AddNodeType } from './nodes.ts';

/** "Add stage" after the last column and "Add lane" under the last row. */
export const AddNode = memo(function AddNode({ data }: NodeProps<AddNodeType>) {
  const doc = useMapDoc();
  const ui = useUiStore();
  const add = () => {
    const id =
      data.what === 'stage' ? addStage(doc, 'New stage') : addLane(doc, 'New lane', 'custom');
    ui.getState().select({ kind: data.what, id });
    ui.getState().startEditing(id);
  };
  return (
    <button
      type="button"
      onClick={add}
      style={{ pointerEvents: 'all' }}
      className="nodrag flex h-full w-full items-center justify-center gap-2 rounded-xl border-2 border-dashed border-slate-300 text-base font-medium text-slate-500 hover:border-indigo-400 hover:bg-indigo-50 hover:text-indigo-700 focus-visible:outline-2 focus-visible:outline-indigo-500"
    >
      <PlusIcon /> {data.what === 'stage' ? 'Add stage' : 'Add lane'}
    </button>
  );
});
