import { nanoid } from 'nanoid';

/* Map ids and room names: validated before anything reaches the store. */

const MAP_ID = /^[A-Za-z0-9_-]{6,64}$/;
const COMMENTS_SUFFIX = '.comments';
const WORKSHOP_SUFFIX = '.workshop';

/** Which of a map's documents a room holds. */
export type RoomKind = 'content' | 'comments' | 'workshop';

export interface RoomName {
  /** The room's name on the wire and in the store: `<mapId>`, `<mapId>.comments` or `.workshop`. */
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

/** Parses `<mapId>`, `<mapId>.comments` or `<mapId>.workshop`; null for anything else. */
export function parseRoomName(value: string): RoomName | null {
  for (const [suffix, kind] of [
    [COMMENTS_SUFFIX, 'comments'],
    [WORKSHOP_SUFFIX, 'workshop'],
  ] as const) {
    if (!value.endsWith(suffix)) continue;
    const mapId = value.slice(0, -suffix.length);
    return isMapId(mapId) ? { name: value, mapId, kind } : null;
  }
  return isMapId(value) ? { name: value, mapId: value, kind: 'content' } : null;
}

/** The room holding a map's content document. */
export function contentRoom(mapId: string): RoomName {
  return { name: mapId, mapId, kind: 'content' };
}

/** The room holding a map's comments, written only by the server. */
export function commentsRoom(mapId: string): RoomName {
  return { name: mapId + COMMENTS_SUFFIX, mapId, kind: 'comments' };
}

/** The room holding a map's workshop session state (vote rounds), written only by the server. */
export function workshopRoom(mapId: string): RoomName {
  return { name: mapId + WORKSHOP_SUFFIX, mapId, kind: 'workshop' };
}

/** Every room that belongs to a map. */
export function roomsOfMap(mapId: string): RoomName[] {
  return [contentRoom(mapId), commentsRoom(mapId), workshopRoom(mapId)];
}
