import * as Y from 'yjs';
import { dropConnectionsOf } from './connections.ts';
import { toCard, toLane } from './convert.ts';
import { newId } from './ids.ts';
import { byOrder, orderAt } from './order.ts';
import {
  EMOTION_MAX,
  EMOTION_MIN,
  defaultCardKind,
  type CardData,
  type CardKind,
} from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* Cards: the items in a (stage, lane) cell. */

function cellCards(doc: MapDoc, stageId: string, laneId: string, except?: string): CardData[] {
  return [...collection(doc, 'cards').values()]
    .map(toCard)
    .filter((c) => c.stageId === stageId && c.laneId === laneId && c.id !== except)
    .sort(byOrder);
}

export interface NewCard {
  stageId: string;
  laneId: string;
  title: string;
  kind?: CardKind;
  index?: number;
}

/** Adds a card to a cell (default: at the end) and returns its id. */
export function addCard(doc: MapDoc, card: NewCard): string {
  const id = newId();
  transact(doc, () => {
    const lane = collection(doc, 'lanes').get(card.laneId);
    const kind = card.kind ?? (lane ? defaultCardKind(toLane(lane).kind) : 'note');
    createEntry(collection(doc, 'cards'), id, {
      stageId: card.stageId,
      laneId: card.laneId,
      order: orderAt(cellCards(doc, card.stageId, card.laneId), card.index ?? Infinity),
      kind,
      title: card.title,
      description: new Y.Text(),
      channel: null,
      ownerId: null,
      emotion: new Y.Map<number>(),
      momentOfTruth: false,
      evidence: 'assumption',
      reviewedAt: null,
      kpiIds: new Y.Array<string>(),
      systemId: null,
      reliesOn: new Y.Array<string>(),
    });
  });
  return id;
}

export type CardPatch = Partial<
  Pick<
    CardData,
    'title' | 'kind' | 'channel' | 'ownerId' | 'momentOfTruth' | 'evidence' | 'reviewedAt'
  >
>;

/** Sets scalar fields of a card; unknown ids are ignored. */
export function updateCard(doc: MapDoc, id: string, patch: CardPatch): void {
  transact(doc, () => {
    const entry = collection(doc, 'cards').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/** Replaces a card's description text (collaborative editors use the Y.Text directly). */
export function setCardDescription(doc: MapDoc, id: string, text: string): void {
  transact(doc, () => {
    const entry = collection(doc, 'cards').get(id);
    if (!entry) return;
    const current = entry.get('description');
    if (current instanceof Y.Text) {
      current.delete(0, current.length);
      current.insert(0, text);
    } else {
      entry.set('description', new Y.Text(text));
    }
  });
}

/** Moves a card to position `index` of the (stageId, laneId) cell. */
export function moveCard(
  doc: MapDoc,
  id: string,
  to: { stageId: string; laneId: string; index: number },
): void {
  transact(doc, () => {
    const entry = collection(doc, 'cards').get(id);
    if (!entry) return;
    if (!collection(doc, 'stages').has(to.stageId) || !collection(doc, 'lanes').has(to.laneId)) {
      return;
    }
    const order = orderAt(cellCards(doc, to.stageId, to.laneId, id), to.index);
    if (entry.get('stageId') !== to.stageId) entry.set('stageId', to.stageId);
    if (entry.get('laneId') !== to.laneId) entry.set('laneId', to.laneId);
    entry.set('order', order);
  });
}

/** Deletes a card and the connections that touch it. */
export function deleteCard(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'cards').delete(id);
    dropConnectionsOf(doc, new Set([id]));
  });
}

/** Clamps and rounds an emotion score to the −2…+2 scale. */
export function clampEmotion(score: number): number {
  return Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
}

/** Sets (or with `null` clears) one persona's emotion score on a card. */
export function setEmotion(
  doc: MapDoc,
  cardId: string,
  personaId: string,
  score: number | null,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'cards').get(cardId);
    if (!entry) return;
    let emotion = entry.get('emotion');
    if (!(emotion instanceof Y.Map)) {
      emotion = new Y.Map<number>();
      entry.set('emotion', emotion);
    }
    const scores = emotion as Y.Map<number>;
    if (score === null) scores.delete(personaId);
    else scores.set(personaId, clampEmotion(score));
  });
}
