/* The store's parts for who is on a map: participants and the audit trail. */

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
