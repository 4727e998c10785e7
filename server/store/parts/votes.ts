/* The store's part for dot votes: rounds and ballots. */

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
