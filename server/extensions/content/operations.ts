import type * as Y from 'yjs';
import {
  addAction,
  addCard,
  addStage,
  deleteAction,
  deleteCard,
  deleteStage,
  hasEntry,
  linkActionCard,
  moveCard,
  moveStage,
  readMap,
  setCardDescription,
  setEmotion,
  updateAction,
  updateCard,
  updateStage,
} from '../../../src/doc/index.ts';
import type {
  ActionPatchBody,
  CardPatchBody,
  NewActionBody,
  NewCardBody,
  NewStageBody,
  StagePatchBody,
} from './schemas.ts';

/*
 * The content operations, each run inside one Yjs transaction on the live document: every
 * reference is checked first, and a refused operation changes nothing.
 */

/** Done (with the entry's id), or refused: 404 for a missing entry, 400 for a bad reference. */
export type Applied = { ok: true; id: string } | { ok: false; status: 400 | 404; error: string };

type Collection = 'cards' | 'stages' | 'lanes' | 'people' | 'personas' | 'actions';

const missing = (what: string, id: string): Applied => ({
  ok: false,
  status: 400,
  error: `No ${what} "${id}" on this map`,
});
const notFound = (what: string): Applied => ({ ok: false, status: 404, error: `No such ${what}` });

// The first reference that does not resolve, as a refusal.
function badReference(doc: Y.Doc, refs: [Collection, string, string | null | undefined][]) {
  for (const [collection, what, id] of refs) {
    if (id && !hasEntry(doc, collection, id)) return missing(what, id);
  }
  return null;
}

const emotionRefs = (emotion: Record<string, unknown> | undefined) =>
  Object.keys(emotion ?? {}).map(
    (id) => ['personas', 'persona', id] as [Collection, string, string],
  );

function cardRefs(body: CardPatchBody): [Collection, string, string | null | undefined][] {
  return [
    ['stages', 'stage', body.stageId],
    ['lanes', 'lane', body.laneId],
    ['people', 'person', body.ownerId],
    ...emotionRefs(body.emotion),
  ];
}

function writeCardFields(doc: Y.Doc, id: string, body: CardPatchBody): void {
  const { description, emotion, stageId, laneId, ...scalars } = body;
  if (Object.keys(scalars).length > 0) updateCard(doc, id, scalars);
  if (description !== undefined) setCardDescription(doc, id, description);
  for (const [personaId, score] of Object.entries(emotion ?? {}))
    setEmotion(doc, id, personaId, score);
  if (stageId !== undefined || laneId !== undefined) {
    const card = readMap(doc).cards.find((c) => c.id === id)!;
    moveCard(doc, id, {
      stageId: stageId ?? card.stageId,
      laneId: laneId ?? card.laneId,
      index: Infinity,
    });
  }
}

export function createCard(doc: Y.Doc, body: NewCardBody): Applied {
  const refused = badReference(doc, cardRefs(body));
  if (refused) return refused;
  let id = '';
  doc.transact(() => {
    const { title, kind, stageId, laneId, ...rest } = body;
    id = addCard(doc, { title, stageId, laneId, ...(kind ? { kind } : {}) });
    writeCardFields(doc, id, rest);
  });
  return { ok: true, id };
}

export function patchCard(doc: Y.Doc, id: string, body: CardPatchBody): Applied {
  if (!hasEntry(doc, 'cards', id)) return notFound('card');
  const refused = badReference(doc, cardRefs(body));
  if (refused) return refused;
  doc.transact(() => writeCardFields(doc, id, body));
  return { ok: true, id };
}

export function removeCard(doc: Y.Doc, id: string): Applied {
  if (!hasEntry(doc, 'cards', id)) return notFound('card');
  deleteCard(doc, id);
  return { ok: true, id };
}

export function createStage(doc: Y.Doc, body: NewStageBody): Applied {
  const refused = badReference(doc, [['people', 'person', body.ownerId]]);
  if (refused) return refused;
  let id = '';
  doc.transact(() => {
    const { name, index, ...rest } = body;
    id = addStage(doc, name, index ?? Infinity);
    if (Object.keys(rest).length > 0) updateStage(doc, id, rest);
  });
  return { ok: true, id };
}

export function patchStage(doc: Y.Doc, id: string, body: StagePatchBody): Applied {
  if (!hasEntry(doc, 'stages', id)) return notFound('stage');
  const refused = badReference(doc, [['people', 'person', body.ownerId]]);
  if (refused) return refused;
  doc.transact(() => {
    const { index, ...rest } = body;
    if (Object.keys(rest).length > 0) updateStage(doc, id, rest);
    if (index !== undefined) moveStage(doc, id, index);
  });
  return { ok: true, id };
}

/** Deletes a stage with its cards, as the canvas does. */
export function removeStage(doc: Y.Doc, id: string): Applied {
  if (!hasEntry(doc, 'stages', id)) return notFound('stage');
  deleteStage(doc, id);
  return { ok: true, id };
}

function actionRefs(body: ActionPatchBody): [Collection, string, string | null | undefined][] {
  return [
    ['people', 'person', body.ownerId],
    ...(body.cardIds ?? []).map((id) => ['cards', 'card', id] as [Collection, string, string]),
  ];
}

function writeActionFields(doc: Y.Doc, id: string, body: ActionPatchBody): void {
  const { cardIds, ...scalars } = body;
  if (Object.keys(scalars).length > 0) updateAction(doc, id, scalars);
  if (cardIds) {
    const linked = readMap(doc).actions.find((a) => a.id === id)?.cardIds ?? [];
    for (const cardId of linked)
      if (!cardIds.includes(cardId)) linkActionCard(doc, id, cardId, false);
    for (const cardId of cardIds) linkActionCard(doc, id, cardId, true);
  }
}

export function createAction(doc: Y.Doc, body: NewActionBody): Applied {
  const refused = badReference(doc, actionRefs(body));
  if (refused) return refused;
  let id = '';
  doc.transact(() => {
    const { title, cardIds, ...rest } = body;
    id = addAction(doc, { title, cardIds: [...new Set(cardIds ?? [])] });
    if (Object.keys(rest).length > 0) updateAction(doc, id, rest);
  });
  return { ok: true, id };
}

export function patchAction(doc: Y.Doc, id: string, body: ActionPatchBody): Applied {
  if (!hasEntry(doc, 'actions', id)) return notFound('action');
  const refused = badReference(doc, actionRefs(body));
  if (refused) return refused;
  doc.transact(() => writeActionFields(doc, id, body));
  return { ok: true, id };
}

export function removeAction(doc: Y.Doc, id: string): Applied {
  if (!hasEntry(doc, 'actions', id)) return notFound('action');
  deleteAction(doc, id);
  return { ok: true, id };
}
