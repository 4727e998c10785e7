import * as Y from 'yjs';
import {
  addCard,
  deleteCard,
  moveCard,
  readMap,
  setCardDescription,
  setEmotion,
  updateCard,
  updateStage,
} from '../../src/doc/index.ts';
import { sleep, stockClient, type StockClient } from '../lib/clients.ts';
import { intBetween, pick, type Rng } from '../lib/random.ts';
import type { Room } from '../lib/rooms.ts';
import type { Ledger, RecordedEdit } from './ledger.ts';

/*
 * One chaos client: a stock y-websocket provider whose person edits at random, online or not
 * (the provider keeps trying to reconnect on its own), and writes every edit into the ledger.
 */

export interface EditorOptions {
  ops: number;
  minDelayMs: number;
  maxDelayMs: number;
}

export class Editor {
  readonly client: StockClient;
  private readonly own: string[] = [];
  made = 0;

  constructor(
    readonly index: number,
    room: Room,
    private readonly ledger: Ledger,
    private readonly rng: Rng,
  ) {
    this.client = stockClient(room);
  }

  get doc(): Y.Doc {
    return this.client.doc;
  }

  /** Makes `ops` edits with random pauses; returns when all are made. */
  async run(o: EditorOptions): Promise<void> {
    const map = readMap(this.doc);
    const stages = map.stages.map((s) => s.id);
    const lanes = map.lanes.filter((l) => l.kind !== 'emotion').map((l) => l.id);
    const personas = map.personas.map((p) => p.id);
    for (let k = 0; k < o.ops; k++) {
      this.edit(k, stages, lanes, personas);
      await sleep(intBetween(this.rng, o.minDelayMs, o.maxDelayMs));
    }
  }

  private edit(k: number, stages: string[], lanes: string[], personas: string[]): void {
    const doc = this.doc;
    const tag = `c${this.index}-${k}`;
    const startClock = Y.getState(doc.store, doc.clientID);
    const record = (kind: RecordedEdit['kind'], cardId: string | null) => {
      this.made++;
      this.ledger.record({
        client: doc.clientID,
        kind,
        cardId,
        startClock,
        endClock: Y.getState(doc.store, doc.clientID),
      });
    };
    const roll = this.rng();
    const cardId = this.own.length ? pick(this.rng, this.own) : null;
    const expected = cardId ? this.ledger.cards.get(cardId)! : null;
    if (!cardId || !expected || roll < 0.25) {
      const stageId = pick(this.rng, stages);
      const laneId = pick(this.rng, lanes);
      const title = `Card ${tag}`;
      const id = addCard(doc, { stageId, laneId, title, index: intBetween(this.rng, 0, 3) });
      this.own.push(id);
      this.ledger.cards.set(id, {
        title,
        description: '',
        stageId,
        laneId,
        emotion: {},
        deleted: false,
      });
      record('add', id);
    } else if (roll < 0.45) {
      expected.title = `Title ${tag}`;
      updateCard(doc, cardId, { title: expected.title });
      record('title', cardId);
    } else if (roll < 0.55) {
      expected.description = `Seen in support tickets, ${tag}`;
      setCardDescription(doc, cardId, expected.description);
      record('description', cardId);
    } else if (roll < 0.7) {
      const persona = pick(this.rng, personas);
      expected.emotion[persona] = intBetween(this.rng, -2, 2);
      setEmotion(doc, cardId, persona, expected.emotion[persona]);
      record('emotion', cardId);
    } else if (roll < 0.85) {
      expected.stageId = pick(this.rng, stages);
      expected.laneId = pick(this.rng, lanes);
      moveCard(doc, cardId, {
        stageId: expected.stageId,
        laneId: expected.laneId,
        index: intBetween(this.rng, 0, 5),
      });
      record('move', cardId);
    } else if (roll < 0.9) {
      expected.deleted = true;
      this.own.splice(this.own.indexOf(cardId), 1);
      deleteCard(doc, cardId);
      record('delete', cardId);
    } else {
      // Shared ground: anyone may overwrite a stage goal, so only convergence can check it.
      updateStage(doc, pick(this.rng, stages), { goal: `Goal ${tag}` });
      record('stage-goal', null);
    }
  }
}
