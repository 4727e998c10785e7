import { nanoid } from 'nanoid';
import { setCurrentRound, writeRound, type VoteRound } from '../../../src/doc/workshop.ts';
import type { RoomManager } from '../../collab/roomManager.ts';
import { workshopRoom } from '../../ids.ts';
import type { Maps } from '../../maps.ts';
import type { BallotResult, RoundRecord, Store } from '../../store/store.ts';
import {
  canUnvote,
  canVote,
  rank,
  votesLeft,
  type Ballot,
  type Ranked,
  type VoteRefusal,
} from './voteRules.ts';

/*
 * Dot voting: the votes live in the store (the truth); the workshop document gets a
 * projection of each round that anyone may read: counts always, per-card totals only
 * once revealed. Every projection is rebuilt from the store, so a document write lost to
 * a crash is repaired by the next one.
 */

export interface WorkshopDeps {
  store: Store;
  rooms: RoomManager;
  maps: Maps;
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

/**
 * Who votes: a participant the server issued (however many tabs or made-up secrets they use,
 * their dots are counted together), and the link they came through.
 */
export interface Voter {
  participantId: string;
  linkId: string | null;
}

export interface NewRound {
  title: string;
  cardIds: string[];
  perPerson: number;
}

export interface Workshop {
  /** Opens a round on cards of the map, closing the open one; it becomes the session's round. */
  createRound(mapId: string, input: NewRound): Promise<Outcome<{ round: VoteRound }>>;
  /** Places one of `voter`'s dots on a card. */
  vote(mapId: string, roundId: string, voter: Voter, cardId: string): Promise<Outcome<BallotView>>;
  /** Takes one of `voter`'s own dots back from a card. */
  unvote(
    mapId: string,
    roundId: string,
    voter: Voter,
    cardId: string,
  ): Promise<Outcome<BallotView>>;
  /** `voter`'s dots in a round (so a reloaded page shows them again). */
  mine(mapId: string, roundId: string, voter: Voter): Promise<Outcome<BallotView>>;
  /** Freezes the votes and writes the per-card totals into the document. */
  reveal(mapId: string, roundId: string): Promise<Outcome<{ round: VoteRound }>>;
  /** Ends the round; the session has no current round until the next one opens. */
  close(mapId: string, roundId: string): Promise<Outcome<{ round: VoteRound }>>;
  /** The round and its cards ranked; before the reveal only for facilitators. */
  results(
    mapId: string,
    roundId: string,
    facilitator: boolean,
  ): Promise<Outcome<{ round: VoteRound; ranked: Ranked[] }>>;
}

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(reason: WorkshopFailure): Outcome<T> => ({ ok: false, reason });

/** Binds dot voting to the vote store and the live workshop rooms. */
export function createWorkshop({ store, rooms, maps, log }: WorkshopDeps): Workshop {
  const votes = store.votes;
  const view = async (record: RoundRecord): Promise<VoteRound> => {
    const { totals, voters, cast } = await votes.tally(record.id);
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
  const publish = async (mapId: string, roundIds: string[]): Promise<void> => {
    try {
      const current = await votes.currentRound(mapId);
      const views: VoteRound[] = [];
      for (const id of roundIds) {
        const record = await votes.getRound(mapId, id);
        if (record) views.push(await view(record));
      }
      await rooms.update(workshopRoom(mapId), (doc) =>
        doc.transact(() => {
          for (const round of views) writeRound(doc, round);
          setCurrentRound(doc, current?.id ?? null);
        }),
      );
    } catch (error) {
      log(`workshop ${mapId}: could not update the document: ${(error as Error).message}`);
    }
  };

  const ballotChange = async (
    mapId: string,
    result: BallotResult<VoteRefusal>,
  ): Promise<Outcome<BallotView>> => {
    if (!result.ok) return fail(result.reason);
    await publish(mapId, [result.round.id]);
    return ok({ mine: result.ballot, left: votesLeft(result.round, result.ballot) });
  };

  const withMap = async <T>(mapId: string, run: () => Promise<Outcome<T>>): Promise<Outcome<T>> =>
    (await store.maps.get(mapId)) ? run() : fail('no-map');

  const setFlag = (mapId: string, roundId: string, flag: 'revealed' | 'closed') =>
    withMap(mapId, async () => {
      const record = await votes.setFlag(mapId, roundId, flag);
      if (!record) return fail<{ round: VoteRound }>('no-round');
      await publish(mapId, [roundId]);
      return ok({ round: await view(record) });
    });

  const ballot =
    (kind: 'cast' | 'retract') => (mapId: string, roundId: string, voter: Voter, cardId: string) =>
      withMap(mapId, async () => {
        const check = (round: RoundRecord, before: Ballot) =>
          kind === 'cast' ? canVote(round, before, cardId) : canUnvote(round, before, cardId);
        const change = { mapId, roundId, voterHash: voter.participantId, cardId };
        const result = await votes.change(kind, change, check);
        if (result.ok)
          await store.audit.append({
            mapId,
            participantId: voter.participantId,
            linkId: voter.linkId,
            action: kind === 'cast' ? 'vote.cast' : 'vote.retract',
            target: `${roundId}/${cardId}`,
            at: Date.now(),
          });
        return ballotChange(mapId, result);
      });

  return {
    createRound: (mapId, input) =>
      withMap(mapId, async () => {
        if (new Set(input.cardIds).size !== input.cardIds.length) return fail('duplicate-cards');
        const cards = new Set((await maps.exportMap(mapId))?.cards.map((card) => card.id));
        if (!input.cardIds.every((id) => cards.has(id))) return fail('unknown-cards');
        const record: RoundRecord = {
          id: nanoid(),
          mapId,
          ...input,
          revealed: false,
          closed: false,
          createdAt: Date.now(),
        };
        const closed = await votes.createRound(record);
        await publish(mapId, [...closed, record.id]);
        return ok({ round: await view(record) });
      }),

    vote: ballot('cast'),
    unvote: ballot('retract'),

    mine: (mapId, roundId, voter) =>
      withMap(mapId, async () => {
        const record = await votes.getRound(mapId, roundId);
        if (!record) return fail('no-round');
        const mine = (await votes.ballot(mapId, roundId, voter.participantId)) ?? {};
        return ok({ mine, left: votesLeft(record, mine) });
      }),

    reveal: (mapId, roundId) => setFlag(mapId, roundId, 'revealed'),
    close: (mapId, roundId) => setFlag(mapId, roundId, 'closed'),

    results: (mapId, roundId, facilitator) =>
      withMap(mapId, async () => {
        const record = await votes.getRound(mapId, roundId);
        if (!record) return fail('no-round');
        if (!record.revealed && !facilitator) return fail('hidden');
        const { totals } = await votes.tally(roundId);
        return ok({ round: await view(record), ranked: rank(record.cardIds, totals) });
      }),
  };
}
