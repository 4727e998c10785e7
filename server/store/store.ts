import type { LinkRole } from '../auth/roles.ts';

/* The persistence interface. One file per backend implements it (sqliteStore.ts first). */

/** A map's row in the maps list; times are milliseconds since the epoch. */
export interface MapRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
}

/** A share link: the token itself is never stored, only its hash. */
export interface LinkRecord {
  id: string;
  mapId: string;
  role: LinkRole;
  tokenHash: string;
  createdAt: number;
}

/** A saved state of a map: named by someone, or recorded by the server as edits settle. */
export interface VersionRecord {
  id: string;
  mapId: string;
  /** Null for automatic versions. */
  name: string | null;
  note: string;
  /** Recorded by the server, and thinned with age; false for versions someone saved (kept). */
  auto: boolean;
  createdAt: number;
  /** Who edited the map since the version before this one. */
  authors: string[];
  /** What changed since the version before this one, in one line. */
  summary: string;
}

/** What a room needs to rebuild its document: the last snapshot, then the updates after it. */
export interface RoomData {
  snapshot: Uint8Array | null;
  /** The snapshot's Yjs state vector (null for snapshots stored before vectors were kept). */
  snapshotVector: Uint8Array | null;
  updates: Uint8Array[];
  /** Sequence number of the last update returned (0 if none). */
  lastSeq: number;
}

/** Marks a map as edited together with an appended update. */
export interface EditMark {
  mapId: string;
  at: number;
  /** The document's title, when it changed with this update. */
  title?: string;
}

/**
 * Durable storage of maps and their Yjs documents. Every method is synchronous and
 * durable against a process crash when it returns: the sync server relies on an
 * update being stored before it is broadcast.
 */
export interface Store {
  /** Creates a map together with the initial state of its content room and its state vector. */
  createMap(record: MapRecord, content: Uint8Array, vector: Uint8Array): void;
  getMap(id: string): MapRecord | null;
  /** All maps, most recently edited first. */
  listMaps(): MapRecord[];
  /** Removes a map, its share links, its versions and the data of all its rooms; false if missing. */
  deleteMap(id: string, rooms: string[]): boolean;
  loadRoom(room: string): RoomData;
  /** Appends one document update and returns its sequence number. */
  appendUpdate(room: string, update: Uint8Array, edit?: EditMark): number;
  /**
   * Atomically replaces the room's snapshot with `state` (whose state vector is `vector`)
   * and deletes the logged updates up to `throughSeq`, which `state` must cover.
   */
  compact(room: string, state: Uint8Array, vector: Uint8Array, throughSeq: number): void;
  /** Stores a new share link of an existing map. */
  createLink(link: LinkRecord): void;
  /** A map's share links, oldest first. */
  listLinks(mapId: string): LinkRecord[];
  /** The link whose token hashes to `tokenHash`, or null. */
  findLink(tokenHash: string): LinkRecord | null;
  /** Deletes one link of a map; false if the map has no such link. */
  deleteLink(mapId: string, linkId: string): boolean;
  /** Stores a version of an existing map: its metadata and its full encoded state. */
  createVersion(version: VersionRecord, state: Uint8Array): void;
  /** A map's versions, newest first, without their states. */
  listVersions(mapId: string): VersionRecord[];
  /** One version of a map, or null (also when the version belongs to another map). */
  getVersion(mapId: string, versionId: string): VersionRecord | null;
  /** The encoded state of one version of a map, or null. */
  versionState(mapId: string, versionId: string): Uint8Array | null;
  /** The map's newest version with its state, or null if it has none. */
  latestVersion(mapId: string): { version: VersionRecord; state: Uint8Array } | null;
  /** Deletes versions of a map by id; returns how many were deleted. */
  deleteVersions(mapId: string, versionIds: string[]): number;
  close(): void;
}
