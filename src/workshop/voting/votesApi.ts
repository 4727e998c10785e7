import { request } from '../../api/client.ts';
import { mapCredential } from '../../api/credentials.ts';
import type { VoteRound } from '../../doc/index.ts';

/** This browser's own votes in a round: card id → dots, and how many are left. */
export interface MyVotes {
  mine: Record<string, number>;
  left: number;
}

const VOTER_KEY = 'trailmap:voter';

/**
 * The secret that makes votes this browser's own. Kept apart from anything shared
 * (the comment author id is public), since whoever holds it can move these votes.
 */
export function voterSecret(): string {
  let secret = localStorage.getItem(VOTER_KEY);
  if (!secret || secret.length < 32) {
    secret = `${crypto.randomUUID()}${crypto.randomUUID()}`.replaceAll('-', '');
    localStorage.setItem(VOTER_KEY, secret);
  }
  return secret;
}

const call = <T>(mapId: string, path: string, init: RequestInit) =>
  request<T>(`/api/maps/${encodeURIComponent(mapId)}/rounds${path}`, init, mapCredential(mapId));
const body = (data: unknown) => JSON.stringify(data);

export const votesApi = {
  start: (mapId: string, round: { title: string; cardIds: string[]; perPerson: number }) =>
    call<{ round: VoteRound }>(mapId, '', { method: 'POST', body: body(round) }),
  vote: (mapId: string, roundId: string, cardId: string) =>
    call<MyVotes>(mapId, `/${roundId}/votes`, {
      method: 'POST',
      body: body({ voter: voterSecret(), cardId }),
    }),
  unvote: (mapId: string, roundId: string, cardId: string) =>
    call<MyVotes>(mapId, `/${roundId}/votes`, {
      method: 'DELETE',
      body: body({ voter: voterSecret(), cardId }),
    }),
  mine: (mapId: string, roundId: string) =>
    call<MyVotes>(mapId, `/${roundId}/mine`, {
      method: 'POST',
      body: body({ voter: voterSecret() }),
    }),
  reveal: (mapId: string, roundId: string) =>
    call<{ round: VoteRound }>(mapId, `/${roundId}/reveal`, { method: 'POST' }),
  close: (mapId: string, roundId: string) =>
    call<{ round: VoteRound }>(mapId, `/${roundId}/close`, { method: 'POST' }),
};
