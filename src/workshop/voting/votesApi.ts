import type { ParticipantHandle } from '../../api/participants.ts';
import type { VoteRound } from '../../doc/index.ts';

/** My own votes in a round: card id → dots, and how many are left. */
export interface MyVotes {
  mine: Record<string, number>;
  left: number;
}

/*
 * Dot voting over HTTP. Votes are counted per participant, the identity the server issued us
 * on this map (its token goes with every request), however many tabs or browsers vote.
 */

const body = (data: unknown) => JSON.stringify(data);

export function votesApi(participant: ParticipantHandle) {
  const call = <T>(path: string, init: RequestInit) =>
    participant.request<T>(`/rounds${path}`, init);
  return {
    start: (round: { title: string; cardIds: string[]; perPerson: number }) =>
      call<{ round: VoteRound }>('', { method: 'POST', body: body(round) }),
    vote: (roundId: string, cardId: string) =>
      call<MyVotes>(`/${roundId}/votes`, { method: 'POST', body: body({ cardId }) }),
    unvote: (roundId: string, cardId: string) =>
      call<MyVotes>(`/${roundId}/votes`, { method: 'DELETE', body: body({ cardId }) }),
    mine: (roundId: string) => call<MyVotes>(`/${roundId}/mine`, { method: 'POST' }),
    reveal: (roundId: string) =>
      call<{ round: VoteRound }>(`/${roundId}/reveal`, { method: 'POST' }),
    close: (roundId: string) => call<{ round: VoteRound }>(`/${roundId}/close`, { method: 'POST' }),
  };
}

export type VotesApi = ReturnType<typeof votesApi>;
