import { memo, useState, type CSSProperties } from 'react';
import { deletePhase, renamePhase, setPhaseRange, type PlacedPhase } from '../../doc/phases.ts';
import { useCanEdit, useMapDoc } from '../../editor/MapContext.tsx';
import type { Layout } from '../layout.ts';
import { IconButton } from '../../ui/IconButton.tsx';
import { ArrowIcon, PencilIcon, TrashIcon } from '../../ui/icons.tsx';
import { InlineEdit } from '../../ui/InlineEdit.tsx';
import { usePhases } from './usePhases.ts';
import { useViewLayer } from './useViewportVars.ts';

/** The height of the phase row at the top of the canvas, in screen pixels. */
export const PHASE_ROW_H = 30;

/**
 * The row of phases along the top of the canvas: each phase spans its stages' columns and
 * follows the view through CSS variables (useViewportVars), at every zoom. Editors rename,
 * widen, narrow and delete a phase with its buttons; new ones start from a stage's header.
 */
export const PhaseBand = memo(function PhaseBand({ layout }: { layout: Layout }) {
  const { list } = usePhases();
  const view = useViewLayer();
  if (list.length === 0) return null;
  return (
    <div ref={view} className="tm-phases" role="group" aria-label="Phases">
      {list.map((phase) => (
        <PhaseChip key={phase.id} phase={phase} layout={layout} />
      ))}
    </div>
  );
});

function PhaseChip({ phase, layout }: { phase: PlacedPhase; layout: Layout }) {
  const doc = useMapDoc();
  const canEdit = useCanEdit();
  const { list, stages } = usePhases();
  const [editing, setEditing] = useState(false);
  const first = layout.stages[phase.from];
  const last = layout.stages[phase.to];
  if (!first || !last) return null;
  const style = { '--tm-sx': first.x, '--tm-sw': last.x + last.w - first.x } as CSSProperties;
  const name = phase.name || 'Untitled phase';
  const free = (i: number) => !list.some((p) => p.id !== phase.id && p.from <= i && i <= p.to);
  const range = (from: number, to: number) =>
    setPhaseRange(doc, stages, phase.id, stages[from]!.id, stages[to]!.id);
  const canWiden = phase.to + 1 < stages.length && free(phase.to + 1);

  return (
    <div className="tm-phase group" style={style}>
      {editing ? (
        <InlineEdit
          label="Phase name"
          initial={phase.name}
          className="h-6 text-sm font-semibold"
          onCommit={(value) => {
            renamePhase(doc, phase.id, value.slice(0, 80));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <span className="tm-phase-name" title={`Phase ${name}`}>
          {name}
        </span>
      )}
      {canEdit && !editing && (
        <span className="tm-phase-tools flex">
          <IconButton label={`Rename phase ${name}`} onClick={() => setEditing(true)}>
            <PencilIcon />
          </IconButton>
          <IconButton
            label={`Narrow phase ${name}`}
            disabled={phase.to === phase.from}
            onClick={() => range(phase.from, phase.to - 1)}
          >
            <ArrowIcon dir="left" />
          </IconButton>
          <IconButton
            label={`Widen phase ${name}`}
            disabled={!canWiden}
            onClick={() => range(phase.from, phase.to + 1)}
          >
            <ArrowIcon dir="right" />
          </IconButton>
          <IconButton
            label={`Delete phase ${name}`}
            className="hover:!bg-red-100 hover:!text-red-700"
            onClick={() => deletePhase(doc, phase.id)}
          >
            <TrashIcon />
          </IconButton>
        </span>
      )}
    </div>
  );
}
