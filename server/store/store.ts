import type { LinkRole } from '../auth/roles.ts';

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

/** A vote round as stored; times are milliseconds since the epoch. */
export interface RoundRecord {
  id: string;
  mapId: string;
  title: string;
  cardIds: string[];
  perPerson: number;
  revealed: boolean;
  closed: boolean;
  createdAt: number;
}

/** One participant's dots in a round: cardId → how many they placed there. */
export type Ballot = Record<string, number>;

/** Per-card totals, distinct voters and dots cast of a round. */
export interface Tally {
  totals: Record<string, number>;
  voters: number;
  cast: number;
}

/**
 * Decides, inside the store's transaction, whether a ballot change may happen: null to go
 * ahead, or the reason it may not (which the store hands back unchanged).
 */
export type BallotCheck<R extends string> = (round: RoundRecord, before: Ballot) => R | null;

/** What a ballot change did: the voter's ballot after it, or why nothing changed. */
export type BallotResult<R extends string> =
  | { ok: true; round: RoundRecord; ballot: Ballot; tally: Tally }
  | { ok: false; reason: 'no-round' | R };

/** Vote rounds and their dots; before a reveal the dots exist only here. */
export interface VoteStore {
  /** Stores a new round and closes the map's open ones; returns the ids it closed. */
  createRound(round: RoundRecord): Promise<string[]>;
  /** The map's open round (at most one is), or null. */
  currentRound(mapId: string): Promise<RoundRecord | null>;
  /** A round of that map, or null. */
  getRound(mapId: string, roundId: string): Promise<RoundRecord | null>;
  /** Sets a round's revealed or closed flag; the updated round, or null if missing. */
  setFlag(mapId: string, roundId: string, flag: 'revealed' | 'closed'): Promise<RoundRecord | null>;
  /**
   * Adds (`cast`) or removes (`retract`, the voter's newest there) one dot of `voterHash` on
   * `cardId` if `check` allows it, reading and writing in one transaction, so concurrent
   * requests can never exceed a participant's limit.
   */
  change<R extends string>(
    kind: 'cast' | 'retract',
    ballot: { mapId: string; roundId: string; voterHash: string; cardId: string },
    check: BallotCheck<R>,
  ): Promise<BallotResult<R>>;
  /** `voterHash`'s dots in the round (empty if none), or null if there is no such round. */
  ballot(mapId: string, roundId: string, voterHash: string): Promise<Ballot | null>;
  tally(roundId: string): Promise<Tally>;
}

/** Someone the server issued an identity to on one map, through the key or one link. */
export interface ParticipantRecord {
  id: string;
  mapId: string;
  /** The share link they joined through; null for workspace members. */
  linkId: string | null;
  name: string;
  color: string;
  createdAt: number;
}

/** The participants of maps. */
export interface ParticipantStore {
  create(participant: ParticipantRecord): Promise<void>;
  /** A participant of that map, or null. */
  get(mapId: string, id: string): Promise<ParticipantRecord | null>;
  /** Changes a participant's display name and colour; false if there is no such participant. */
  rename(mapId: string, id: string, name: string, color: string): Promise<boolean>;
}

/** One accepted operation, attributed (who, through which link, when, on what). */
export interface AuditEntry {
  mapId: string;
  participantId: string;
  linkId: string | null;
  /** What was done, e.g. `comment.edit`, `vote.cast`. */
  action: string;
  /** What it was done to, e.g. `thread/message` ids or a round and card. */
  target: string;
  at: number;
}

/** The audit trail of maps. */
export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** The map's entries, oldest first. */
  list(mapId: string): Promise<AuditEntry[]>;
}

/**
 * An observation set's summary: what an event log imported into a map came to. Its figures
 * (the aggregates) are stored beside it, deflated; the raw events are never stored.
 */
export interface ObservationRecord {
  id: string;
  mapId: string;
  name: string;
  /** The file name it came from, as the importer named it (may be empty). */
  source: string;
  cases: number;
  events: number;
  activities: number;
  /** First and last event time, ISO 8601 (null when no event had one). */
  from: string | null;
  to: string | null;
  createdAt: number;
  /** The participant (or "workspace") who imported it. */
  createdBy: string;
  /** How long the import took, in milliseconds. */
  importMs: number;
}

/** The observation sets of maps. */
export interface ObservationStore {
  /** Stores a set of an existing map with its aggregates (UTF-8 JSON). */
  create(record: ObservationRecord, data: Uint8Array): Promise<void>;
  /** A map's sets, newest first, without their aggregates. */
  list(mapId: string): Promise<ObservationRecord[]>;
  /** One set of a map, or null (also when it belongs to another map). */
  get(mapId: string, id: string): Promise<ObservationRecord | null>;
  /** The aggregates of one set of a map (UTF-8 JSON), or null. */
  data(mapId: string, id: string): Promise<Uint8Array | null>;
  /** Deletes one set of a map; false if there is no such set. */
  delete(mapId: string, id: string): Promise<boolean>;
}

/** What an integration token may do: read, push KPI values, or change the map's content. */
export const TOKEN_SCOPES = ['read', 'kpis', 'content'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** An integration token: like a share link, only its hash is kept. */
export interface TokenRecord {
  id: string;
  /** The map it works on; null for a workspace token (every map). */
  mapId: string | null;
  name: string;
  scope: TokenScope;
  tokenHash: string;
  createdAt: number;
  /** When it was last presented (null: never). */
  lastUsedAt: number | null;
}

/** Integration tokens; revoking deletes the row, so the next request with it gets 401. */
export interface TokenStore {
  create(token: TokenRecord): Promise<void>;
  /** A map's tokens (null: the workspace tokens), oldest first. */
  list(mapId: string | null): Promise<TokenRecord[]>;
  /** The token whose secret hashes to `tokenHash`, or null. */
  find(tokenHash: string): Promise<TokenRecord | null>;
  /** Records a use of the token. */
  touch(id: string, at: number): Promise<void>;
  /** Deletes one token of a map (null: of the workspace); false if there is no such token. */
  revoke(mapId: string | null, id: string): Promise<boolean>;
}

/** The events a webhook may subscribe to. */
export const WEBHOOK_EVENTS = [
  'action.created',
  'action.changed',
  'action.overdue',
  'comment.created',
  'mention.created',
  'kpi.off_target',
  'version.saved',
  'observations.imported',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A URL that hears a map's events. The secret signs deliveries, so it is kept as it is. */
export interface WebhookRecord {
  id: string;
  mapId: string;
  url: string;
  events: WebhookEvent[];
  secret: string;
  createdAt: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One event on its way to one webhook, with what its attempts did. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  mapId: string;
  event: WebhookEvent;
  /** The JSON body, exactly as signed and sent. */
  body: string;
  /** Makes an event (e.g. one action overdue on one date) deliver once per webhook. */
  dedupeKey: string | null;
  status: DeliveryStatus;
  attempts: number;
  /** The HTTP status of the last answer (null: none came). */
  lastStatus: number | null;
  lastError: string | null;
  /** When the next attempt is due (pending ones only). */
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** What one attempt at a delivery did. */
export interface DeliveryOutcome {
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  at: number;
}

/** Webhooks and their deliveries: the queue is in the store, so retries survive a restart. */
export interface WebhookStore {
  create(hook: WebhookRecord): Promise<void>;
  /** A map's webhooks, oldest first. */
  list(mapId: string): Promise<WebhookRecord[]>;
  /** Every webhook subscribed to `event`, on any map. */
  subscribed(event: WebhookEvent): Promise<WebhookRecord[]>;
  /** Deletes a webhook of a map and its deliveries; false if there is no such webhook. */
  delete(mapId: string, id: string): Promise<boolean>;
  /** Queues a delivery; false (and nothing stored) if its webhook has one with its dedupe key. */
  enqueue(delivery: DeliveryRecord): Promise<boolean>;
  /**
   * Takes up to `limit` pending deliveries due at `now`, oldest due first, and moves their next
   * attempt to `leaseUntil`, in one transaction: two processes never take the same one.
   */
  claimDue(now: number, leaseUntil: number, limit: number): Promise<DeliveryRecord[]>;
  /** Records an attempt's outcome. */
  settle(id: string, outcome: DeliveryOutcome): Promise<void>;
  /** A map's deliveries, newest first, at most `limit`. */
  deliveries(mapId: string, limit: number): Promise<DeliveryRecord[]>;
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
