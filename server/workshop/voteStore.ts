import type { Ballot, RoundRules, VoteRefusal } from './voteRules.ts';

/*
 * Durable storage of vote rounds and votes, apart from every document: before a reveal
 * the dots exist only here. One file per backend implements it (store/sqliteVotes.ts).
 */

/** A round as stored; times are milliseconds since the epoch. */
export interface RoundRecord extends RoundRules {
  id: string;
  mapId: string;
  title: string;
  cardIds: string[];
  createdAt: number;
}

/** The round's counts as everyone may see them before the reveal. */
export interface RoundStats {
  voters: number;
  cast: number;
}

/** What a vote or unvote did: the caller's ballot after it, or why nothing changed. */
export type BallotResult =
  | { ok: true; round: RoundRecord; ballot: Ballot; stats: RoundStats }
  | { ok: false; reason: 'no-round' | VoteRefusal };

export interface VoteStore {
  /** Stores a new round and closes the map's open ones; returns the ids it closed. */
  createRound(round: RoundRecord): string[];
  /** The map's open round (at most one is), or null. */
  currentRound(mapId: string): RoundRecord | null;
  /** A round of that map, or null. */
  getRound(mapId: string, roundId: string): RoundRecord | null;
  /** Sets a round's revealed or closed flag; the updated round, or null if missing. */
  setFlag(mapId: string, roundId: string, flag: 'revealed' | 'closed'): RoundRecord | null;
  /**
   * Places one dot for `voterHash`, checking the rules and writing in one transaction, so
   * concurrent votes can never exceed a participant's limit.
   */
  cast(mapId: string, roundId: string, voterHash: string, cardId: string): BallotResult;
  /** Removes one of `voterHash`'s own dots from `cardId`, in one transaction. */
  retract(mapId: string, roundId: string, voterHash: string, cardId: string): BallotResult;
  /** `voterHash`'s dots in the round (empty if none), or null if there is no such round. */
  ballot(mapId: string, roundId: string, voterHash: string): Ballot | null;
  /** Per-card totals, distinct voters and votes cast of a round. */
  tally(roundId: string): RoundStats & { totals: Record<string, number> };
  close(): void;
}
