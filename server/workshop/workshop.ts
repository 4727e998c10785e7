import { nanoid } from 'nanoid';
import { setCurrentRound, writeRound, type VoteRound } from '../../src/doc/workshop.ts';
import { hashToken } from '../auth/secrets.ts';
import type { RoomManager } from '../collab/roomManager.ts';
import { workshopRoom } from '../ids.ts';
import type { Maps } from '../maps.ts';
import type { Store } from '../store/store.ts';
import { rank, votesLeft, type Ballot, type Ranked, type VoteRefusal } from './voteRules.ts';
import type { BallotResult, RoundRecord, VoteStore } from './voteStore.ts';

/*
 * Dot voting: the votes live in the VoteStore (the truth); the workshop document gets a
 * projection of each round that anyone may read: counts always, per-card totals only
 * once revealed. Every projection is rebuilt from the store, so a document write lost to
 * a crash is repaired by the next one.
 */

export interface WorkshopDeps {
  store: Store;
  rooms: RoomManager;
  maps: Maps;
  votes: VoteStore;
  log: (line: string) => void;
}

/** Why a workshop request changed nothing. */
export type WorkshopFailure =
  'no-map' | 'no-round' | 'unknown-cards' | 'duplicate-cards' | 'hidden' | VoteRefusal;

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: WorkshopFailure };

/** A participant's own dots and how many they have left. */
export interface BallotView {
  mine: Ballot;
  left: number;
}

export interface NewRound {
  title: string;
  cardIds: string[];
  perPerson: number;
}

export interface Workshop {
  /** Opens a round on cards of the map, closing the open one; it becomes the session's round. */
  createRound(mapId: string, input: NewRound): Outcome<{ round: VoteRound }>;
  /** Places one of `voter`'s dots on a card. */
  vote(mapId: string, roundId: string, voter: string, cardId: string): Outcome<BallotView>;
  /** Takes one of `voter`'s own dots back from a card. */
  unvote(mapId: string, roundId: string, voter: string, cardId: string): Outcome<BallotView>;
  /** `voter`'s dots in a round (so a reloaded page shows them again). */
  mine(mapId: string, roundId: string, voter: string): Outcome<BallotView>;
  /** Freezes the votes and writes the per-card totals into the document. */
  reveal(mapId: string, roundId: string): Outcome<{ round: VoteRound }>;
  /** Ends the round; the session has no current round until the next one opens. */
  close(mapId: string, roundId: string): Outcome<{ round: VoteRound }>;
  /** The round and its cards ranked; before the reveal only for facilitators. */
  results(
    mapId: string,
    roundId: string,
    facilitator: boolean,
  ): Outcome<{ round: VoteRound; ranked: Ranked[] }>;
}

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(reason: WorkshopFailure): Outcome<T> => ({ ok: false, reason });

/** Binds dot voting to the vote store and the live workshop rooms. */
export function createWorkshop({ store, rooms, maps, votes, log }: WorkshopDeps): Workshop {
  const view = (record: RoundRecord): VoteRound => {
    const { totals, voters, cast } = votes.tally(record.id);
    return {
      id: record.id,
      title: record.title,
      cardIds: record.cardIds,
      perPerson: record.perPerson,
      revealed: record.revealed,
      closed: record.closed,
      createdAt: new Date(record.createdAt).toISOString(),
      voters,
      cast,
      // Per-card counts never enter the document before the reveal: it syncs to everyone.
      totals: record.revealed ? totals : {},
    };
  };

  // The votes are already stored: a failed document write is logged, not reported as a
  // failed vote (which the participant would retry), and the next write repairs it.
  const publish = (mapId: string, roundIds: string[]): void => {
    const current = votes.currentRound(mapId);
    const views = roundIds.flatMap((id) => {
      const record = votes.getRound(mapId, id);
      return record ? [view(record)] : [];
    });
    try {
      rooms.update(workshopRoom(mapId), (doc) =>
        doc.transact(() => {
          for (const round of views) writeRound(doc, round);
          setCurrentRound(doc, current?.id ?? null);
        }),
      );
    } catch (error) {
      log(`workshop ${mapId}: could not update the document: ${(error as Error).message}`);
    }
  };

  const ballotChange = (mapId: string, result: BallotResult): Outcome<BallotView> => {
    if (!result.ok) return fail(result.reason);
    publish(mapId, [result.round.id]);
    return ok({ mine: result.ballot, left: votesLeft(result.round, result.ballot) });
  };

  const withMap = <T>(mapId: string, run: () => Outcome<T>): Outcome<T> =>
    store.getMap(mapId) ? run() : fail('no-map');

  const setFlag = (mapId: string, roundId: string, flag: 'revealed' | 'closed') =>
    withMap(mapId, () => {
      const record = votes.setFlag(mapId, roundId, flag);
      if (!record) return fail<{ round: VoteRound }>('no-round');
      publish(mapId, [roundId]);
      return ok({ round: view(record) });
    });

  return {
    createRound: (mapId, input) =>
      withMap(mapId, () => {
        if (new Set(input.cardIds).size !== input.cardIds.length) return fail('duplicate-cards');
        const cards = new Set(maps.exportMap(mapId)?.cards.map((card) => card.id));
        if (!input.cardIds.every((id) => cards.has(id))) return fail('unknown-cards');
        const record: RoundRecord = {
          id: nanoid(),
          mapId,
          ...input,
          revealed: false,
          closed: false,
          createdAt: Date.now(),
        };
        const closed = votes.createRound(record);
        publish(mapId, [...closed, record.id]);
        return ok({ round: view(record) });
      }),

    vote: (mapId, roundId, voter, cardId) =>
      withMap(mapId, () =>
        ballotChange(mapId, votes.cast(mapId, roundId, hashToken(voter), cardId)),
      ),

    unvote: (mapId, roundId, voter, cardId) =>
      withMap(mapId, () =>
        ballotChange(mapId, votes.retract(mapId, roundId, hashToken(voter), cardId)),
      ),

    mine: (mapId, roundId, voter) =>
      withMap(mapId, () => {
        const record = votes.getRound(mapId, roundId);
        if (!record) return fail('no-round');
        const mine = votes.ballot(mapId, roundId, hashToken(voter)) ?? {};
        return ok({ mine, left: votesLeft(record, mine) });
      }),

    reveal: (mapId, roundId) => setFlag(mapId, roundId, 'revealed'),
    close: (mapId, roundId) => setFlag(mapId, roundId, 'closed'),

    results: (mapId, roundId, facilitator) =>
      withMap(mapId, () => {
        const record = votes.getRound(mapId, roundId);
        if (!record) return fail('no-round');
        if (!record.revealed && !facilitator) return fail('hidden');
        const { totals } = votes.tally(roundId);
        return ok({ round: view(record), ranked: rank(record.cardIds, totals) });
      }),
  };
}
