import type { CanvasContribution } from '../canvas/slots.ts';
import { RestoreNotice } from './RestoreNotice.tsx';

/** History tells everyone on the live map when someone restores a version. */
export const historyOnCanvas: CanvasContribution = {
  feature: 'history',
  inPast: false,
  overlays: [{ id: 'restore-notice', position: 'top-center', Component: RestoreNotice }],
};
