import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useCanEdit, useUi, useUiStore } from '../editor/MapContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { ArrowIcon, PencilIcon, TrashIcon } from '../ui/icons.tsx';
import { InlineEdit } from '../ui/InlineEdit.tsx';
import { LANE_STYLES } from './cardStyles.ts';
import type { LaneNode as LaneNodeType } from './nodes.ts';
import { useStructureActions } from './useStructureActions.ts';
import { FoldButton, FoldedHeader, ViewerFoldBar, useIsFolded } from './navigate/Fold.tsx';

/** A lane row header: name, kind, legend of the emotion curves, and its controls. */
export const LaneNode = memo(function LaneNode({ data, selected }: NodeProps<LaneNodeType>) {
  const { lane, index, count, cards, curves } = data;
  const editing = useUi((s) => s.editingId === lane.id);
  const ui = useUiStore();
  const act = useStructureActions();
  const canEdit = useCanEdit();
  const name = lane.name || 'Untitled lane';
  const style = LANE_STYLES[lane.kind];
  const folded = useIsFolded('lane', lane.id);
  if (folded) return <FoldedHeader kind="lane" id={lane.id} name={name} cards={cards} />;

  return (
    <div
      className={`group flex h-full flex-col gap-1.5 border-r border-b border-slate-200 px-4 py-3 ${style.header} ${
        selected ? 'bg-indigo-50' : 'bg-white'
      }`}
      onDoubleClick={() => canEdit && ui.getState().startEditing(lane.id)}
    >
      {editing ? (
        <InlineEdit
          label="Lane name"
          initial={lane.name}
          className="font-semibold"
          onCommit={(value) => {
            act.renameLane(lane.id, value);
            act.stopEditing();
          }}
          onCancel={act.stopEditing}
        />
      ) : (
        <h3 className="text-lg leading-tight font-semibold text-slate-900">{name}</h3>
      )}
      {style.label.toLowerCase() !== name.toLowerCase() && (
        <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{style.label}</p>
      )}
      {curves.length > 0 && (
        <ul className="mt-1 flex flex-col gap-1" aria-label="Personas">
          {curves.map((curve) => (
            <li key={curve.personaId} className="flex items-center gap-2 text-sm text-slate-700">
              <span className="h-1 w-5 rounded-full" style={{ background: curve.color }} />
              <span className="truncate">{curve.personaName}</span>
            </li>
          ))}
        </ul>
      )}
      {!canEdit && <ViewerFoldBar kind="lane" id={lane.id} name={name} />}
      {canEdit && (
        <div className="mt-auto flex opacity-0 transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
          <FoldButton kind="lane" id={lane.id} name={name} />
          <IconButton
            label={`Rename lane ${name}`}
            onClick={() => ui.getState().startEditing(lane.id)}
          >
            <PencilIcon />
          </IconButton>
          <IconButton
            label={`Move lane ${name} up`}
            disabled={index === 0}
            onClick={() => act.moveLane(lane.id, index - 1)}
          >
            <ArrowIcon dir="up" />
          </IconButton>
          <IconButton
            label={`Move lane ${name} down`}
            disabled={index === count - 1}
            onClick={() => act.moveLane(lane.id, index + 1)}
          >
            <ArrowIcon dir="down" />
          </IconButton>
          <IconButton
            label={`Delete lane ${name}`}
            className="hover:!bg-red-100 hover:!text-red-700"
            onClick={() => act.deleteLane(lane.id, name, cards)}
          >
            <TrashIcon />
          </IconButton>
        </div>
      )}
    </div>
  );
});
