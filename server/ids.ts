import { nanoid } from 'nanoid';

/* Map ids and room names: validated before anything reaches the store. */

const MAP_ID = /^[A-Za-z0-9_-]{6,64}$/;
const COMMENTS_SUFFIX = '.comments';

/** Which of a map's two documents a room holds. */
export type RoomKind = 'content' | 'comments';

export interface RoomName {
  /** The room's name as used on the wire and in the store: `<mapId>` or `<mapId>.comments`. */
  name: string;
  mapId: string;
  kind: RoomKind;
}

/** A fresh, URL-safe map id. */
export function newMapId(): string {
  return nanoid();
}

/** Whether `value` has the shape of a map id (it may still not exist). */
export function isMapId(value: string): boolean {
  return MAP_ID.test(value);
}

/** Parses `<mapId>` or `<mapId>.comments`; null for anything else. */
export function parseRoomName(value: string): RoomName | null {
  const kind: RoomKind = value.endsWith(COMMENTS_SUFFIX) ? 'comments' : 'content';
  const mapId = kind === 'comments' ? value.slice(0, -COMMENTS_SUFFIX.length) : value;
  return isMapId(mapId) ? { name: value, mapId, kind } : null;
}

/** The room holding a map's content document. */
export function contentRoom(mapId: string): RoomName {
  return { name: mapId, mapId, kind: 'content' };
}

/** Every room that belongs to a map. */
export function roomsOfMap(mapId: string): RoomName[] {
  return [contentRoom(mapId), { name: mapId + COMMENTS_SUFFIX, mapId, kind: 'comments' }];
}
