import { newId } from './ids.ts';
import type { PersonData } from './schema.ts';
import { collection, createEntry, transact, type MapDoc } from './ydoc.ts';

/* The map's directory of people and teams: owners and mentions point here. */

export const PERSON_COLORS = [
  '#db2777',
  '#2563eb',
  '#16a34a',
  '#ea580c',
  '#7c3aed',
  '#0891b2',
  '#ca8a04',
  '#475569',
];

/** Adds a person (colour picked from the palette when not given) and returns the id. */
export function addPerson(
  doc: MapDoc,
  person: { name: string; team?: string; color?: string },
): string {
  const id = newId();
  transact(doc, () => {
    const people = collection(doc, 'people');
    createEntry(people, id, {
      name: person.name,
      team: person.team ?? '',
      color: person.color ?? PERSON_COLORS[people.size % PERSON_COLORS.length]!,
    });
  });
  return id;
}

/** Changes a person's name, team or colour. */
export function updatePerson(
  doc: MapDoc,
  id: string,
  patch: Partial<Pick<PersonData, 'name' | 'team' | 'color'>>,
): void {
  transact(doc, () => {
    const entry = collection(doc, 'people').get(id);
    if (!entry) return;
    for (const [key, value] of Object.entries(patch)) entry.set(key, value);
  });
}

/** Removes a person and clears every ownership that pointed at them. */
export function deletePerson(doc: MapDoc, id: string): void {
  transact(doc, () => {
    collection(doc, 'people').delete(id);
    for (const name of ['stages', 'cards', 'kpis', 'actions'] as const) {
      for (const entry of collection(doc, name).values()) {
        if (entry.get('ownerId') === id) entry.set('ownerId', null);
      }
    }
  });
}

// How a name shows in an avatar is the UI's business; re-exported with the people it names.
export { initials } from '../ui/initials.ts';
