import { actionsOnCanvas } from '../actions/onCanvas.ts';
import { canvasSlots, type CanvasContribution } from '../canvas/slots.ts';
import { commentsOnCanvas } from '../comments/onCanvas.ts';
import { conflictsOnCanvas } from '../conflicts/onCanvas.ts';
import { connectionsOnCanvas } from '../connections/onCanvas.ts';
import { compareOnCanvas } from '../history/compareOnCanvas.ts';
import { historyOnCanvas } from '../history/onCanvas.ts';
import { observedOnCanvas } from '../observed/onCanvas.ts';
import { offlineOnCanvas } from '../offline/onCanvas.ts';
import { systemsOnCanvas } from '../systems/onCanvas.ts';
import { workshopOnCanvas } from '../workshop/onCanvas.ts';

/**
 * What each feature draws on the canvas: card and stage decorations, edge layers, overlays.
 * A feature that adds to the canvas is a folder exporting a CanvasContribution, listed here;
 * the order is the order of its decorations on a card.
 */
const CANVAS_FEATURES: readonly CanvasContribution[] = [
  workshopOnCanvas,
  commentsOnCanvas,
  actionsOnCanvas,
  systemsOnCanvas,
  connectionsOnCanvas,
  observedOnCanvas,
  historyOnCanvas,
  conflictsOnCanvas,
  offlineOnCanvas,
];

/** The live map's canvas. */
export const LIVE_CANVAS = canvasSlots(CANVAS_FEATURES);

/** A past version or a comparison: without what describes only the present. */
export const PAST_CANVAS = canvasSlots([
  ...CANVAS_FEATURES.filter((f) => f.inPast !== false),
  // Only a comparison has moved cards to draw arrows for.
  compareOnCanvas,
]);

/** An embedded map: what reads from the document alone (no comments, votes or presence). */
export const EMBED_CANVAS = canvasSlots([actionsOnCanvas, systemsOnCanvas, connectionsOnCanvas]);
