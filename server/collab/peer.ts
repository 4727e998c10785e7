import type * as Y from 'yjs';
import type { Role } from '../auth/roles.ts';
import type { RoomName } from '../ids.ts';

/* What extensions see of a room and its connections. */

/** What presented credentials allow on one map, and through which link (null: the key). */
export interface Credential {
  role: Role;
  linkId: string | null;
  /** Whether it may read the map's version history (past states included). */
  history: boolean;
  /**
   * Set for an integration token: what it may do, and the participant it acts as. Routes take
   * such a credential only if they name its scope (see Guards.onMap).
   */
  integration?: IntegrationCredential;
}

/** What an integration token is, as a credential. */
export interface IntegrationCredential {
  tokenId: string;
  scope: 'read' | 'kpis' | 'content';
  participant: Participant;
}

/** The identity the server issued to someone on a map: who wrote what is this. */
export interface Participant {
  id: string;
  name: string;
  color: string;
}

/** A caller's credential, and the participant they proved to be (null if they presented none). */
export interface Grant extends Credential {
  participant: Participant | null;
}

/** One end of a room: a client connection, as the room sees it. */
export interface Peer {
  /** Unique among this process's connections. */
  readonly id: number;
  /** The credentials it connected with. */
  readonly grant: Grant;
  /** False for a read-only connection: its document updates are dropped. */
  readonly canWrite: boolean;
  /** Sends a message; `onSent` runs once it is handed to the operating system. */
  send(message: Uint8Array, onSent?: () => void): void;
  close(code: number, reason: string): void;
}

/** The origin of a change the server made itself (HTTP API, restore, workshop), with who asked. */
export interface ServerChange {
  readonly actor: string | null;
}

/** The origin of updates another process stored (heard on the bus or read back from the store). */
export const REMOTE = Symbol('remote');

/** Where a document change came from. */
export type Origin = Peer | ServerChange | typeof REMOTE;

/** A loaded room, as extensions see it. */
export interface LiveRoom {
  readonly name: RoomName;
  /** The document with everything stored applied (built on first use). */
  readonly doc: Y.Doc;
  /** Whether the document was built yet. */
  readonly loaded: boolean;
  /** The connected peers. */
  peers(): Iterable<Peer>;
  /** Connected peers that may change the document. */
  readonly writerCount: number;
  /** The connected peer `origin` is, or null. */
  peerOf(origin: unknown): Peer | null;
  /** Resolves once every change applied so far is stored (and its extensions told). */
  durable(): Promise<void>;
}

/** Thrown by a `beforeApply` hook: the update is dropped and the client told `reason`. */
export class UpdateRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
