import { listWords } from './listWords.ts';

/* What a cards CSV carries and what it cannot: said in the export dialog and the import preview. */

/** Everything of a map that the cards CSV round-trips. */
export const CSV_HOLDS =
  'cards with all their fields, every persona’s emotion scores, stages with their goals and owners, and lanes with their kinds, in order';

/** What a cards CSV cannot hold; a JSON export carries all of it. */
export const CSV_LEAVES_OUT = [
  'KPIs',
  'actions',
  'people’s teams and colours',
  'persona descriptions',
  'the map’s purpose',
  'connections and systems',
];

/** "A cards CSV leaves out KPIs, actions, … and connections and systems." */
export const CSV_LEAVES_OUT_SENTENCE = `A cards CSV leaves out ${listWords(CSV_LEAVES_OUT)}.`;
