import * as Y from 'yjs';
import { toCard } from './convert.ts';
import { newId } from './ids.ts';
import { SCORE_MAX, SCORE_MIN, type SystemData } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* The systems catalogue, and the cards that stand for a system or rely on one. */

/** Keeps a maturity or importance score on the 1…5 scale. */
export const clampSystemScore = (n: number) =>
  Math.max(SCORE_MIN, Math.min(SCORE_MAX, Math.round(n)));

export interface NewSystem {
  name: string;
  ownerId?: string | null;
  description?: string;
  maturity?: number;
  importance?: number;
}

/** Adds a system to the catalogue and returns its id. */
export function addSystem(doc: MapDoc, system: NewSystem): string {
  const id = newId();
  transact(doc, () => {
    createEntry(collection(doc, 'systems'), id, {
      name: system.name,
      ownerId: system.ownerId ?? null,
      description: system.description ?? '',
      maturity: clampSystemScore(system.maturity ?? 3),
      importance: clampSystemScore(system.importance ?? 3),
    });
  });
  return id;
}

export type SystemPatch = Partial<Omit<SystemData, 'id'>>;

/** Changes a system's fields; maturity and importance are kept within 1…5. */
export function updateSystem(doc: MapDoc, id: string, patch: SystemPatch): void {
  transact(doc, () => {
    const entry = collection(doc, 'systems').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) {
      const scored = (key === 'maturity' || key === 'importance') && typeof value === 'number';
      entry.set(key, scored ? clampSystemScore(value) : value);
    }
  });
}

/**
 * The card's `reliesOn` list. Cards written before version 2 have none; the first reliance
 * makes it (two colleagues doing that at the same moment each make one, and one list wins).
 */
function reliesOnOf(card: Y.Map<unknown>): Y.Array<string> {
  const list = card.get('reliesOn');
  if (list instanceof Y.Array) return list as Y.Array<string>;
  const fresh = Y.Array.from(toCard(card).reliesOn);
  card.set('reliesOn', fresh);
  return fresh;
}

/** Deletes a system and every card's reference to it. */
export function deleteSystem(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'systems').delete(id);
    for (const card of collection(doc, 'cards').values()) {
      if (card.get('systemId') === id) card.set('systemId', null);
      const list = card.get('reliesOn');
      if (!(list instanceof Y.Array)) continue;
      const at = list.toArray().indexOf(id);
      if (at >= 0) list.delete(at, 1);
    }
  });
}

/** Makes a card stand for a catalogue entry (a system card), or for none with null. */
export function setCardSystem(doc: MapDoc, cardId: string, systemId: string | null): void {
  transact(doc, () => {
    const card = collection(doc, 'cards').get(cardId);
    if (!card) return;
    if (systemId !== null && !collection(doc, 'systems').has(systemId)) return;
    card.set('systemId', systemId);
  });
}

/** Records that a card relies on a system, or no longer does. */
export function setCardReliesOn(
  doc: MapDoc,
  cardId: string,
  systemId: string,
  relies: boolean,
): void {
  transact(doc, () => {
    const card = collection(doc, 'cards').get(cardId);
    if (!card) return;
    const list = reliesOnOf(card);
    const at = list.toArray().indexOf(systemId);
    if (relies && at < 0 && collection(doc, 'systems').has(systemId)) list.push([systemId]);
    if (!relies && at >= 0) list.delete(at, 1);
  });
}

/**
 * Adds a catalogue entry named after a card (its owner and description too) and makes the card
 * stand for it, in one step; returns the new system's id, or null for an unknown card.
 */
export function addSystemFromCard(doc: MapDoc, cardId: string): string | null {
  const entry = collection(doc, 'cards').get(cardId);
  if (!entry) return null;
  const card = toCard(entry);
  let id: string | null = null;
  transact(doc, () => {
    id = addSystem(doc, {
      name: card.title.trim() || 'Untitled system',
      ownerId: card.ownerId,
      description: card.description,
    });
    setCardSystem(doc, cardId, id);
  });
  return id;
}

/** A system rated this mature or less does not serve the journey well today. */
export const WEAK_MATURITY = 2;

export type RoadmapQuadrant = 'fix-first' | 'sustain' | 'tolerate' | 'maintain';

/**
 * Where a system sits on the importance × maturity roadmap. Importance 3 and up is high,
 * maturity 2 and down is low: important and immature is "fix first".
 */
export function roadmapQuadrant(system: Pick<SystemData, 'maturity' | 'importance'>) {
  const important = system.importance >= 3;
  const weak = system.maturity <= WEAK_MATURITY;
  const quadrant: RoadmapQuadrant = important
    ? weak
      ? 'fix-first'
      : 'sustain'
    : weak
      ? 'tolerate'
      : 'maintain';
  return quadrant;
}
