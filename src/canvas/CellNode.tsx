import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { addCard } from '../doc/index.ts';
import { useMapDoc, useCanEdit, useUi, useUiStore } from '../editor/MapContext.tsx';
import { PlusIcon } from '../ui/icons.tsx';
import type { CellNode as CellNodeType } from './nodes.ts';

/** The background of one (stage, lane) cell, with its "add card" button. */
export const CellNode = memo(function CellNode({ data }: NodeProps<CellNodeType>) {
  const { stageId, laneId, stageName, laneName, emotion, empty } = data;
  const doc = useMapDoc();
  const ui = useUiStore();
  const canEdit = useCanEdit();
  const isDropTarget = useUi((s) => s.dropCell === `${stageId}/${laneId}`);

  const add = () => {
    const id = addCard(doc, { stageId, laneId, title: 'New card' });
    ui.getState().select({ kind: 'card', id });
    ui.getState().startEditing(id);
  };

  return (
    <div
      data-testid={`cell-${stageName}-${laneName}`}
      data-stage-name={stageName}
      style={{ pointerEvents: 'all' }}
      className={`group/cell relative h-full w-full border-r border-b border-slate-200 transition-colors ${
        isDropTarget
          ? 'bg-indigo-100 ring-2 ring-indigo-400 ring-inset'
          : emotion
            ? 'bg-white'
            : 'bg-slate-50'
      }`}
    >
      {!emotion && canEdit && (
        <button
          type="button"
          aria-label={`Add card to ${stageName} / ${laneName}`}
          onClick={add}
          className={`nodrag absolute right-4 left-4 flex items-center justify-center gap-1 rounded-md text-sm text-slate-600 transition-opacity group-hover/cell:opacity-100 hover:bg-white hover:text-indigo-700 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-indigo-500 ${
            empty
              ? 'top-4 bottom-4 border-2 border-dashed border-slate-300 opacity-100'
              : 'bottom-2 h-7 opacity-0'
          }`}
        >
          <PlusIcon /> Add card
        </button>
      )}
    </div>
  );
});
