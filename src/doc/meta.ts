import * as Y from 'yjs';
import { newId } from './ids.ts';
import { ordersAfter } from './order.ts';
import type { MetaData, PersonaData } from './schema.ts';
import { collection, createEntry, metaOf, transact, type MapDoc } from './ydoc.ts';

/** Sets the map's title or purpose. */
export function setMeta(doc: MapDoc, patch: Partial<Pick<MetaData, 'title' | 'purpose'>>): void {
  transact(doc, () => {
    const meta = metaOf(doc);
    for (const [key, value] of Object.entries(patch)) meta.set(key, value);
  });
}

/** Adds a persona and returns its id. */
export function addPersona(doc: MapDoc, name: string, description = ''): string {
  const id = newId();
  transact(doc, () => {
    const personas = collection(doc, 'personas');
    let last: string | null = null;
    for (const entry of personas.values()) {
      const order = entry.get('order');
      if (typeof order === 'string' && order !== '' && (last === null || order > last))
        last = order;
    }
    createEntry(personas, id, { name, description, order: ordersAfter(last, 1)[0]! });
  });
  return id;
}

/** Renames or re-describes a persona. */
export function updatePersona(
  doc: MapDoc,
  id: string,
  patch: Partial<Pick<PersonaData, 'name' | 'description'>>,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'personas').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/** Deletes a persona and its emotion scores on every card. */
export function deletePersona(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'personas').delete(id);
    for (const card of collection(doc, 'cards').values()) {
      const emotion = card.get('emotion');
      if (emotion instanceof Y.Map && emotion.has(id)) emotion.delete(id);
    }
  });
}
