import type { LinkRole } from '../auth/roles.ts';
import type { TokenStore, WebhookStore } from './parts/integrations.ts';
import type { ObservationStore } from './parts/observations.ts';
import type { AuditStore, ParticipantStore } from './parts/participants.ts';
import type { VoteStore } from './parts/votes.ts';

export * from './parts/integrations.ts';
export * from './parts/observations.ts';
export * from './parts/participants.ts';
export * from './parts/votes.ts';

/*
 * The persistence interface. Every method is asynchronous, so a network database can
 * implement it; each backend is a folder of one file per part (`sqlite/` first). A method
 * that writes is durable against a process crash when its promise resolves: the sync server
 * relies on an update being stored before it is broadcast. `storeContract.ts` is the test
 * suite every backend runs.
 */

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
  /** Whether its holders may read the map's version history (editors always may). */
  history: boolean;
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
  /** Which compaction the snapshot is: the highest sequence number it covers (0 if none). */
  snapshotSeq: number;
}

/** The updates logged after a room's snapshot, and which snapshot that is. */
export interface LogTail {
  snapshotSeq: number;
  /** Oldest first. */
  updates: LoggedUpdate[];
}

/** A new snapshot and the logged updates it covers. */
export interface Compaction {
  /** The whole state; its Yjs state vector. */
  state: Uint8Array;
  vector: Uint8Array;
  /** Exactly the logged updates `state` covers, to be deleted. */
  covered: readonly number[];
  /** The snapshot `state` was built on (its `snapshotSeq`): the one it must replace. */
  after: number;
}

/** One logged update with its sequence number. */
export interface LoggedUpdate {
  seq: number;
  update: Uint8Array;
}

/** Marks a map as edited together with appended updates. */
export interface EditMark {
  mapId: string;
  at: number;
  /** The document's title, when it changed with these updates. */
  title?: string;
}

/** The maps list. */
export interface MapStore {
  /** Creates a map together with the initial state of its content room and its state vector. */
  create(record: MapRecord, content: Uint8Array, vector: Uint8Array): Promise<void>;
  get(id: string): Promise<MapRecord | null>;
  /** All maps, most recently edited first. */
  list(): Promise<MapRecord[]>;
  /** Removes a map, its links, versions, votes and the data of all its rooms; false if missing. */
  delete(id: string, rooms: string[]): Promise<boolean>;
}

/** Each room's update log and snapshot. */
export interface LogStore {
  load(room: string): Promise<RoomData>;
  /**
   * Appends updates in order, in one transaction (and marks the map edited with them);
   * returns the sequence number of the last one. Sequence numbers only grow.
   */
  append(room: string, updates: readonly Uint8Array[], edit?: EditMark): Promise<number>;
  /** The updates logged after the snapshot, and which snapshot that is. */
  tail(room: string): Promise<LogTail>;
  /**
   * In one transaction, if the room's snapshot is still the one numbered `after`: replaces it
   * with `state` (numbered the highest of `after` and `covered`) and deletes exactly the
   * `covered` updates. Otherwise (another process compacted meanwhile) changes nothing and
   * answers false: several processes may compact one room, and none loses another's updates.
   */
  compact(room: string, compaction: Compaction): Promise<boolean>;
}

/** Share links. */
export interface LinkStore {
  /** Stores a new share link of an existing map. */
  create(link: LinkRecord): Promise<void>;
  /** A map's share links, oldest first. */
  list(mapId: string): Promise<LinkRecord[]>;
  /** The link whose token hashes to `tokenHash`, or null. */
  find(tokenHash: string): Promise<LinkRecord | null>;
  /** Deletes one link of a map; false if the map has no such link. */
  delete(mapId: string, linkId: string): Promise<boolean>;
}

/** The version history of maps. */
export interface VersionStore {
  /** Stores a version of an existing map: its metadata and its full encoded state. */
  create(version: VersionRecord, state: Uint8Array): Promise<void>;
  /** A map's versions, newest first, without their states. */
  list(mapId: string): Promise<VersionRecord[]>;
  /** One version of a map, or null (also when the version belongs to another map). */
  get(mapId: string, versionId: string): Promise<VersionRecord | null>;
  /** The encoded state of one version of a map, or null. */
  state(mapId: string, versionId: string): Promise<Uint8Array | null>;
  /** The map's newest version with its state, or null if it has none. */
  latest(mapId: string): Promise<{ version: VersionRecord; state: Uint8Array } | null>;
  /** Deletes versions of a map by id; returns how many were deleted. */
  delete(mapId: string, versionIds: string[]): Promise<number>;
}

/** Durable storage of maps, their documents, links, versions, votes, participants and audit. */
export interface Store {
  /** Which engine this is (reported by /healthz). */
  readonly kind: string;
  readonly maps: MapStore;
  readonly log: LogStore;
  readonly links: LinkStore;
  readonly versions: VersionStore;
  readonly votes: VoteStore;
  readonly participants: ParticipantStore;
  readonly audit: AuditStore;
  readonly observations: ObservationStore;
  readonly tokens: TokenStore;
  readonly webhooks: WebhookStore;
  /** Resolves if the store answers now; rejects with why not (reported by /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
