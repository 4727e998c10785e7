import { createContext } from 'react';

/**
 * When comparing versions: card id → persona id → the score it had before, for scores that
 * changed (null: it had none). The emotion lane draws the old point as a ghost. Null elsewhere.
 */
export const EmotionBeforeContext = createContext<ReadonlyMap<
  string,
  Readonly<Record<string, number | null>>
> | null>(null);
