import { addPhase } from '../../doc/phases.ts';
import { useMapDoc } from '../../editor/MapContext.tsx';
import { IconButton } from '../../ui/IconButton.tsx';
import { usePhaseOf, usePhases } from './usePhases.ts';

/**
 * The stage header's button that starts a phase over this stage (named "New phase"; the
 * phase row renames and widens it). Disabled when the stage already belongs to a phase.
 */
export function StartPhaseButton({
  stageId,
  index,
  name,
}: {
  stageId: string;
  index: number;
  name: string;
}) {
  const doc = useMapDoc();
  const { stages } = usePhases();
  const phase = usePhaseOf(index);
  return (
    <IconButton
      label={phase ? `${name} is in phase ${phase.name}` : `Start a phase at ${name}`}
      disabled={phase !== null}
      onClick={() =>
        addPhase(doc, stages, { name: 'New phase', fromStageId: stageId, toStageId: stageId })
      }
    >
      <svg
        viewBox="0 0 24 24"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden
      >
        <path d="M4 7h16M4 7v4M20 7v4M12 13v6M9 16h6" />
      </svg>
    </IconButton>
  );
}
