import { createContext } from 'react';

/**
 * True while every node must be drawn in full, whatever the zoom and wherever the view: while
 * a picture of the whole map is being taken.
 */
export const FullDetailContext = createContext(false);
