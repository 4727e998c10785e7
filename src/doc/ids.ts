import { nanoid } from 'nanoid';

/** A short random id for a map entry (stage, lane, card, …). */
export function newId(): string {
  return nanoid(10);
}
