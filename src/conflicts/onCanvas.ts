import type { CanvasContribution } from '../canvas/slots.ts';
import { OverwriteNotices } from './OverwriteNotices.tsx';

/** Conflicts: a notice when a colleague's concurrent edit replaced a value you had set. */
export const conflictsOnCanvas: CanvasContribution = {
  feature: 'conflicts',
  inPast: false,
  overlays: [{ id: 'overwrites', position: 'top-right', Component: OverwriteNotices }],
};
