import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { kpiOnTarget } from '../doc/index.ts';
import { useCanEdit, useUi, useUiStore } from '../editor/MapContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { ArrowIcon, PencilIcon, TrashIcon } from '../ui/icons.tsx';
import { InlineEdit } from '../ui/InlineEdit.tsx';
import { PeerOutline } from './PeerOutline.tsx';
import { MarkBadge } from './MarkBadge.tsx';
import { Avatar } from '../ui/Avatar.tsx';
import { KpiChip } from '../ui/KpiChip.tsx';
import { Decorations } from './Decorations.tsx';
import { useSlots } from './SlotsContext.ts';
import type { StageNode as StageNodeType } from './nodes.ts';
import { useStructureActions } from './useStructureActions.ts';
import { FoldButton, FoldedHeader, ViewerFoldBar, useIsFolded } from './navigate/Fold.tsx';
import { StartPhaseButton } from './navigate/PhaseButton.tsx';

/** A stage column header: number, name, goal, and its controls. */
export const StageNode = memo(function StageNode({ data, selected }: NodeProps<StageNodeType>) {
  const { stage, index, count, cards, owner, kpis, decorations, mark } = data;
  const { stageDecorations } = useSlots();
  const editing = useUi((s) => s.editingId === stage.id);
  const ui = useUiStore();
  const act = useStructureActions();
  const canEdit = useCanEdit();
  const name = stage.name || 'Untitled stage';
  const folded = useIsFolded('stage', stage.id);
  if (folded) return <FoldedHeader kind="stage" id={stage.id} name={name} cards={cards} />;

  return (
    <div
      className={`group relative flex h-full flex-col gap-1.5 rounded-t-xl border-b-4 px-4 py-3 ${
        selected ? 'border-indigo-600 bg-indigo-50' : 'border-indigo-300 bg-white'
      } shadow-sm`}
      onDoubleClick={() => canEdit && ui.getState().startEditing(stage.id)}
    >
      <PeerOutline id={stage.id} radius="rounded-t-xl" />
      <MarkBadge mark={mark} />
      <Decorations
        list={stageDecorations}
        values={decorations}
        place="corner"
        item={stage}
        title={name}
      />
      <div className="flex items-start gap-2">
        <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-indigo-600 text-xs font-bold text-white">
          {index + 1}
        </span>
        {editing ? (
          <InlineEdit
            label="Stage name"
            initial={stage.name}
            className="text-lg font-semibold"
            onCommit={(value) => {
              act.renameStage(stage.id, value);
              act.stopEditing();
            }}
            onCancel={act.stopEditing}
          />
        ) : (
          <h2
            className="min-w-0 flex-1 truncate text-xl font-semibold tracking-tight text-slate-900"
            title={name}
          >
            {name}
          </h2>
        )}
      </div>
      <p className="line-clamp-2 text-sm leading-snug text-slate-600" title={stage.goal}>
        {stage.goal || `${cards} card${cards === 1 ? '' : 's'}`}
      </p>
      <div className="mt-auto flex min-w-0 items-center gap-1.5">
        {owner && <Avatar name={owner.name} color={owner.color} size={22} />}
        {kpis[0] && <KpiChip kpi={kpis[0]} onTarget={kpiOnTarget(kpis[0])} spark />}
        {kpis.length > 1 && <span className="text-xs text-slate-500">+{kpis.length - 1}</span>}
        <Decorations
          list={stageDecorations}
          values={decorations}
          place="badge"
          item={stage}
          title={name}
        />
      </div>
      {!canEdit && <ViewerFoldBar kind="stage" id={stage.id} name={name} />}
      {canEdit && (
        <div className="absolute top-2 right-2 flex rounded-md bg-white/95 opacity-0 shadow-sm transition-opacity group-focus-within:opacity-100 group-hover:opacity-100">
          <FoldButton kind="stage" id={stage.id} name={name} />
          <StartPhaseButton stageId={stage.id} index={index} name={name} />
          <IconButton
            label={`Rename stage ${name}`}
            onClick={() => ui.getState().startEditing(stage.id)}
          >
            <PencilIcon />
          </IconButton>
          <IconButton
            label={`Move stage ${name} left`}
            disabled={index === 0}
            onClick={() => act.moveStage(stage.id, index - 1)}
          >
            <ArrowIcon dir="left" />
          </IconButton>
          <IconButton
            label={`Move stage ${name} right`}
            disabled={index === count - 1}
            onClick={() => act.moveStage(stage.id, index + 1)}
          >
            <ArrowIcon dir="right" />
          </IconButton>
          <IconButton
            label={`Delete stage ${name}`}
            className="hover:!bg-red-100 hover:!text-red-700"
            onClick={() => act.deleteStage(stage.id, name, cards)}
          >
            <TrashIcon />
          </IconButton>
        </div>
      )}
    </div>
  );
});
