import * as Y from 'yjs';
import { newId } from './ids.ts';
import type { ActionData } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* Improvement actions: the backlog a map turns into. */

export type ActionStatus = ActionData['status'];
export const ACTION_STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done'];

const clampScore = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

export interface NewAction {
  title: string;
  ownerId?: string | null;
  due?: string | null;
  impact?: number;
  effort?: number;
  cardIds?: string[];
}

/** Adds an action (optionally linked to cards) and returns its id. */
export function addAction(doc: MapDoc, action: NewAction): string {
  const id = newId();
  transact(doc, () => {
    createEntry(collection(doc, 'actions'), id, {
      title: action.title,
      ownerId: action.ownerId ?? null,
      due: action.due ?? null,
      status: 'todo',
      impact: clampScore(action.impact ?? 3),
      effort: clampScore(action.effort ?? 3),
      cardIds: Y.Array.from(action.cardIds ?? []),
    });
  });
  return id;
}

export type ActionPatch = Partial<
  Pick<ActionData, 'title' | 'ownerId' | 'due' | 'status' | 'impact' | 'effort'>
>;

/** Changes an action's fields; impact and effort are kept within 1…5. */
export function updateAction(doc: MapDoc, id: string, patch: ActionPatch): void {
  transact(doc, () => {
    const entry = collection(doc, 'actions').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) {
      entry.set(
        key,
        (key === 'impact' || key === 'effort') && typeof value === 'number'
          ? clampScore(value)
          : value,
      );
    }
  });
}

/** Deletes an action. */
export function deleteAction(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'actions').delete(id);
  });
}

/** Links or unlinks a card to an action. */
export function linkActionCard(
  doc: MapDoc,
  actionId: string,
  cardId: string,
  linked: boolean,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'actions').get(actionId);
    if (!entry) return;
    let list = entry.get('cardIds');
    if (!(list instanceof Y.Array)) {
      list = new Y.Array<string>();
      entry.set('cardIds', list);
    }
    const ids = list as Y.Array<string>;
    const at = ids.toArray().indexOf(cardId);
    if (linked && at < 0) ids.push([cardId]);
    if (!linked && at >= 0) ids.delete(at, 1);
  });
}

export type Quadrant = 'quick-win' | 'big-bet' | 'fill-in' | 'money-pit';

/** Where an action sits on the impact/effort matrix (3 counts as high). */
export function quadrant(action: Pick<ActionData, 'impact' | 'effort'>): Quadrant {
  const highImpact = action.impact >= 3;
  const highEffort = action.effort >= 3;
  if (highImpact) return highEffort ? 'big-bet' : 'quick-win';
  return highEffort ? 'money-pit' : 'fill-in';
}

/** Whether an open action is past its due date (`today` as YYYY-MM-DD). */
export function isOverdue(action: Pick<ActionData, 'due' | 'status'>, today: string): boolean {
  return action.status !== 'done' && action.due !== null && action.due < today;
}
