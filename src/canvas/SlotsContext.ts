import { createContext, useContext } from 'react';
import { NO_SLOTS, type CanvasSlots } from './slots.ts';

/** What the features added to this canvas, for its nodes (React Flow renders them, not us). */
export const SlotsContext = createContext<CanvasSlots>(NO_SLOTS);

/** The slots of the canvas being drawn; the same object for the canvas's whole life. */
export function useSlots(): CanvasSlots {
  return useContext(SlotsContext);
}
