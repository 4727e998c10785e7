import {
  CHANNELS,
  EVIDENCE_LEVELS,
  moveCard,
  readMap,
  setCardDescription,
  setEmotion,
  updateCard,
  type MapDoc,
} from '../../src/doc/index.ts';
import { pick, type Rng } from './random.ts';

/*
 * The edits a person makes on a card, through the document model's own mutations: each is one
 * transaction, so one update on the wire — what the latency benchmark times end to end.
 */

export interface EditTargets {
  cardIds: string[];
  personaIds: string[];
  cells: { stageId: string; laneId: string }[];
}

/** What a writer can edit in `doc` (read once: the set of cards does not change). */
export function editTargets(doc: MapDoc): EditTargets {
  const map = readMap(doc);
  return {
    cardIds: map.cards.map((c) => c.id),
    personaIds: map.personas.map((p) => p.id),
    cells: map.stages.flatMap((s) => map.lanes.map((l) => ({ stageId: s.id, laneId: l.id }))),
  };
}

/** Makes one random realistic edit; `tag` makes the written value unique. */
export function randomEdit(doc: MapDoc, rng: Rng, targets: EditTargets, tag: string): void {
  const cardId = pick(rng, targets.cardIds);
  const roll = rng();
  if (roll < 0.35) updateCard(doc, cardId, { title: `Card ${tag}` });
  else if (roll < 0.55) {
    setEmotion(doc, cardId, pick(rng, targets.personaIds), Math.floor(rng() * 5) - 2);
  } else if (roll < 0.7) setCardDescription(doc, cardId, `Observed in interviews (${tag})`);
  else if (roll < 0.85) {
    updateCard(doc, cardId, { evidence: pick(rng, EVIDENCE_LEVELS), channel: pick(rng, CHANNELS) });
  } else moveCard(doc, cardId, { ...pick(rng, targets.cells), index: Math.floor(rng() * 4) });
}
