import type { CanvasContribution } from '../canvas/slots.ts';
import { OfflineBanner } from './OfflineBanner.tsx';

/** Offline: a banner while edits wait on this device, and a confirmation once they are sent. */
export const offlineOnCanvas: CanvasContribution = {
  feature: 'offline',
  inPast: false,
  overlays: [{ id: 'offline', position: 'bottom-center', Component: OfflineBanner }],
};
