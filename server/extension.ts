import type { Hono } from 'hono';
import type { Denial } from './auth/check.ts';
import type { Credential, Grant, LiveRoom, Origin, Participant, Peer } from './collab/peer.ts';
import type { AuthEnv } from './http/auth.ts';
import type { RoomName } from './ids.ts';
import type { MapRecord, RoomData } from './store/store.ts';

/*
 * A server extension: a plain object of optional hooks. `createServer` composes a list of
 * them; each feature of the server (access, persistence, versions, KPIs, workshop …) is one,
 * in its own folder under `extensions/`. Hooks run in the order the extensions are listed.
 *
 * The life of a connection and its room, in order:
 *   authenticate → identify → canWrite → loadRoom (first connection) → onConnect →
 *   for every client update: beforeApply → (applied) → storeUpdates → (relayed) → onChange
 *   → onDisconnect → beforeUnload → afterUnload (a while after the last one left)
 *
 * Failure: a hook that throws rejects the one operation it was asked about and nothing else.
 *   authenticate, identify, canWrite, loadRoom: the connection (or HTTP request) is refused (500/503);
 *   beforeApply: UpdateRejected drops the update and tells the client why; any other error
 *     also drops it and closes that connection (1011);
 *   beforeCreate: the map is not stored; an HTTPException's status and message answer the
 *     request (anything else: 500);
 *   storeUpdates: the room is dropped and its clients reconnect (memory may be ahead of the
 *     store, so nobody may build on it);
 *   onConnect: that connection is closed (1011);
 *   onChange, onDisconnect, beforeUnload, afterUnload, mapCreated, close: logged.
 * The process never crashes on a hook's error.
 */

/** Credentials presented for a map (`mapId` null: a workspace-wide action). */
export interface AuthRequest {
  token: string | null;
  mapId: string | null;
}

/** A definite answer to an authentication request. */
export type AuthAnswer = { credential: Credential } | { denial: Denial };

/** A participant token presented with a credential on a map. */
export interface IdentifyRequest {
  mapId: string;
  credential: Credential;
  token: string;
}

export interface Extension {
  /** Names the extension in logs. */
  readonly name: string;
  /**
   * Turns credentials into a grant on the map (or refuses them). The first extension with
   * a definite answer decides; none answering means 401.
   */
  authenticate?(request: AuthRequest): AuthAnswer | undefined | Promise<AuthAnswer | undefined>;
  /**
   * The participant a token proves its holder to be, if it was issued for this map and this
   * credential's link; null if it is not valid. The first extension that answers decides.
   */
  identify?(request: IdentifyRequest): Promise<Participant | null | undefined>;
  /** Whether a connection with `grant` may write this room; any `false` makes it read-only. */
  canWrite?(room: RoomName, grant: Grant): boolean | undefined;
  /** The stored state of a room being loaded; the first non-null answer is used. */
  loadRoom?(room: RoomName): Promise<RoomData | null>;
  /** A connection joined the room (its handshake has begun). */
  onConnect?(room: LiveRoom, peer: Peer): void;
  /**
   * Checks a client's update before it is applied (synchronous: it runs in the message
   * path, in message order). Throw UpdateRejected to drop it with a reason.
   */
  beforeApply?(room: LiveRoom, peer: Peer, update: Uint8Array): void;
  /**
   * Makes updates durable, in order, before anyone else sees them. Applied updates are
   * gathered while one write is under way and handed over together (group commit).
   */
  storeUpdates?(room: LiveRoom, updates: readonly Uint8Array[]): Promise<void>;
  /** An update was applied, stored and relayed (or heard from another process: REMOTE). */
  onChange?(room: LiveRoom, update: Uint8Array, origin: Origin): void;
  /** A connection left the room. */
  onDisconnect?(room: LiveRoom, peer: Peer): void;
  /** The room is about to unload (or the server to stop): last versions, compaction. */
  beforeUnload?(room: LiveRoom): Promise<void>;
  /** The room is gone (unloaded, or dropped after a failure or a deletion). */
  afterUnload?(room: LiveRoom): void;
  /**
   * The bus lost messages for a while (Redis was away): bring the room up to date with what
   * other processes stored meanwhile. Failures are logged.
   */
  resync?(room: LiveRoom): Promise<void>;
  /** Figures about a loaded room for diagnostics and tests (e.g. updates not compacted). */
  describe?(room: LiveRoom): Record<string, number>;
  /**
   * A map is about to be stored with `state` (its encoded document) as its content, from a
   * template or an import. Throw (e.g. an HTTPException) to refuse it: nothing is stored.
   */
  beforeCreate?(state: Uint8Array): void;
  /**
   * A map was created with `state` as its content (encoded: an imported map may be large, and
   * whoever needs its document should build it off the event loop).
   */
  mapCreated?(map: MapRecord, state: Uint8Array): Promise<void>;
  /**
   * Whether this extension's route for `method` and `path` (under /api) reads its request body
   * as a stream and enforces its own size limit (an event log may be far larger than the
   * API's body limit); the API's limit then does not apply to it.
   */
  ownsBody?(method: string, path: string): boolean;
  /** Adds HTTP routes; `api` is mounted under /api. */
  routes?(api: Hono<AuthEnv>): void;
  /** The server is stopping; every room has unloaded. */
  close?(): Promise<void>;
}
