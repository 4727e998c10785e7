import { dropConnectionsOf } from './connections.ts';
import { toLane, toStage } from './convert.ts';
import { newId } from './ids.ts';
import { byOrder, orderAt } from './order.ts';
import { defaultCardKind, type LaneKind, type StageData, type LaneData } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* Stages (columns) and lanes (rows): add, edit, reorder, delete. */

function sortedStages(doc: MapDoc, except?: string): StageData[] {
  return [...collection(doc, 'stages').values()]
    .map(toStage)
    .filter((s) => s.id !== except)
    .sort(byOrder);
}

function sortedLanes(doc: MapDoc, except?: string): LaneData[] {
  return [...collection(doc, 'lanes').values()]
    .map(toLane)
    .filter((l) => l.id !== except)
    .sort(byOrder);
}

/** Adds a stage at `index` (default: last) and returns its id. */
export function addStage(doc: MapDoc, name: string, index = Infinity): string {
  const id = newId();
  transact(doc, () => {
    const siblings = sortedStages(doc);
    createEntry(collection(doc, 'stages'), id, {
      name,
      order: orderAt(siblings, index),
      goal: '',
      ownerId: null,
    });
  });
  return id;
}

/** Changes a stage's name, goal or owner; unknown ids are ignored. */
export function updateStage(
  doc: MapDoc,
  id: string,
  patch: Partial<Pick<StageData, 'name' | 'goal' | 'ownerId'>>,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'stages').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/** Moves a stage to `index` among the other stages. */
export function moveStage(doc: MapDoc, id: string, index: number): void {
  transact(doc, () => {
    const entry = collection(doc, 'stages').get(id);
    if (!entry) return;
    entry.set('order', orderAt(sortedStages(doc, id), index));
  });
}

function deleteCardsWhere(doc: MapDoc, field: 'stageId' | 'laneId', id: string): void {
  const cards = collection(doc, 'cards');
  const gone = new Set<string>();
  for (const [cardId, card] of [...cards.entries()]) {
    if (card.get(field) === id) {
      cards.delete(cardId);
      gone.add(cardId);
    }
  }
  dropConnectionsOf(doc, gone);
}

/** Deletes a stage and every card in it (with their connections). */
export function deleteStage(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'stages').delete(id);
    deleteCardsWhere(doc, 'stageId', id);
  });
}

/** Adds a lane at `index` (default: last) and returns its id. */
export function addLane(doc: MapDoc, name: string, kind: LaneKind, index = Infinity): string {
  const id = newId();
  transact(doc, () => {
    createEntry(collection(doc, 'lanes'), id, {
      name,
      kind,
      order: orderAt(sortedLanes(doc), index),
    });
  });
  return id;
}

/** Changes a lane's name or kind. */
export function updateLane(
  doc: MapDoc,
  id: string,
  patch: Partial<Pick<LaneData, 'name' | 'kind'>>,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'lanes').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/** Moves a lane to `index` among the other lanes. */
export function moveLane(doc: MapDoc, id: string, index: number): void {
  transact(doc, () => {
    const entry = collection(doc, 'lanes').get(id);
    if (!entry) return;
    entry.set('order', orderAt(sortedLanes(doc, id), index));
  });
}

/** Deletes a lane and every card in it (with their connections). */
export function deleteLane(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'lanes').delete(id);
    deleteCardsWhere(doc, 'laneId', id);
  });
}

export { defaultCardKind };
