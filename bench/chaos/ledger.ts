import * as Y from 'yjs';
import type { MapState } from '../../src/doc/index.ts';

/*
 * Every edit a chaos client made, and what the map must show because of it. Each client edits
 * only cards it created (plus stage goals, which anyone may overwrite), so the expected final
 * value of every card field is known exactly.
 */

export interface RecordedEdit {
  client: number;
  kind: 'add' | 'title' | 'description' | 'emotion' | 'move' | 'delete' | 'stage-goal';
  cardId: string | null;
  /** The Yjs clock range the edit's transaction used; equal for a pure deletion. */
  startClock: number;
  endClock: number;
}

export interface ExpectedCard {
  title: string;
  description: string;
  stageId: string;
  laneId: string;
  emotion: Record<string, number>;
  deleted: boolean;
}

export class Ledger {
  readonly edits: RecordedEdit[] = [];
  readonly cards = new Map<string, ExpectedCard>();

  record(edit: RecordedEdit): void {
    this.edits.push(edit);
  }

  /**
   * Edits of which `doc` (or a state vector) shows no trace: its clock range is not covered,
   * or the card field it set does not hold its expected final value.
   */
  lostIn(stateVector: Map<number, number>, map: MapState): RecordedEdit[] {
    const cards = new Map(map.cards.map((c) => [c.id, c]));
    const wrong = new Set<string>();
    for (const [id, expected] of this.cards) {
      const card = cards.get(id);
      if (expected.deleted ? card !== undefined : !card) wrong.add(id);
      else if (card && !expected.deleted) {
        if (
          card.title !== expected.title ||
          card.description !== expected.description ||
          card.stageId !== expected.stageId ||
          card.laneId !== expected.laneId ||
          JSON.stringify(sorted(card.emotion)) !== JSON.stringify(sorted(expected.emotion))
        )
          wrong.add(id);
      }
    }
    // A card whose fields are wrong is blamed on its last edit, not on every edit of it.
    const last = new Map<string, RecordedEdit>();
    for (const edit of this.edits) if (edit.cardId) last.set(edit.cardId, edit);
    return this.edits.filter(
      (edit) =>
        edit.endClock > (stateVector.get(edit.client) ?? 0) ||
        (edit.cardId !== null && wrong.has(edit.cardId) && last.get(edit.cardId) === edit),
    );
  }
}

function sorted(record: Record<string, number>): [string, number][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The state vector of a document as a Map. */
export function stateVectorOf(doc: Y.Doc): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}
