import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { observeWorkshop, readCurrentRound, type MapDoc, type VoteRound } from '../../doc/index.ts';
import type { ParticipantHandle } from '../../api/participants.ts';
import { votesApi, type MyVotes, type VotesApi } from './votesApi.ts';

export interface Voting {
  /** Commenters and up may vote; viewers only watch. */
  canVote: boolean;
  round: VoteRound | null;
  mine: MyVotes | null;
  error: string | null;
  vote(cardId: string): void;
  unvote(cardId: string): void;
  /** The voting API as this participant (facilitators start, reveal and close rounds). */
  api: VotesApi;
}

/**
 * The current dot-voting round (from the server-written workshop document) and my dots in it,
 * counted for `participant`.
 */
export function useVoting(
  participant: ParticipantHandle,
  workshopDoc: MapDoc,
  canVote: boolean,
): Voting {
  const api = useMemo(() => votesApi(participant), [participant]);
  const store = useMemo(() => {
    let snapshot: VoteRound | null | undefined;
    return {
      subscribe: (fn: () => void) =>
        observeWorkshop(workshopDoc, () => {
          snapshot = undefined;
          fn();
        }),
      read: () => (snapshot === undefined ? (snapshot = readCurrentRound(workshopDoc)) : snapshot),
    };
  }, [workshopDoc]);
  const round = useSyncExternalStore(store.subscribe, store.read);
  const [mine, setMine] = useState<MyVotes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const roundId = round?.id ?? null;

  // A reload (or joining late) gets my own dots back from the server.
  useEffect(() => {
    setMine(null);
    if (!roundId || !canVote) return;
    let live = true;
    api.mine(roundId).then(
      (m) => live && setMine(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, roundId, canVote]);

  const act = useCallback((job: () => Promise<MyVotes>) => {
    setError(null);
    job().then(setMine, (e: Error) => setError(e.message));
  }, []);
  return {
    canVote,
    round,
    mine,
    error,
    vote: (cardId) => roundId && act(() => api.vote(roundId, cardId)),
    unvote: (cardId) => roundId && act(() => api.unvote(roundId, cardId)),
    api,
  };
}
