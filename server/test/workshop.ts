import type { ServerConfig } from '../createServer.ts';
import { api, startServer, tempDir, type Resources, type Target } from './helpers.ts';
import { join } from './participants.ts';

/* Helpers for the dot-voting tests: a map with share links, and voting calls by role. */

/** A server (over a fresh data folder unless given) with an e-commerce map and a link of every role. */
export async function votingSetup(res: Resources, config: Partial<ServerConfig> = {}) {
  const dir = config.dataDir ?? (await tempDir(res));
  const server = await startServer(res, { ...config, dataDir: dir });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  const cards: string[] = (await http.get(`/api/maps/${id}/export`)).body.cards.map(
    (card: { id: string }) => card.id,
  );
  const tokens = {
    editor: (await http.createLink(id, 'editor')).token,
    commenter: (await http.createLink(id, 'commenter')).token,
    viewer: (await http.createLink(id, 'viewer')).token,
  };
  return { dataDir: dir, server, http, id, cards, tokens };
}

/**
 * The voting API of one map as seen by the holder of `token` (null: no credentials). A voter
 * is a participant token, from `join` (or anything else, to try a forged one).
 */
export function voting(target: Target, mapId: string, token: string | null) {
  const http = api(target, token);
  const rounds = `/api/maps/${mapId}/rounds`;
  const as = async (voter: string, method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (voter) headers['x-trailmap-participant'] = voter;
    const response = await fetch(`http://localhost:${target.port}${rounds}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json: any = text ? JSON.parse(text) : null;
    return { status: response.status, body: json };
  };
  return {
    /** Joins the map as a new participant through this credential: a new voter. */
    join: async (name: string) => (await join(target, mapId, name, token ?? undefined)).token,
    open: (body: unknown) => http.post(rounds, body),
    vote: (roundId: string, voter: string, cardId: string) =>
      as(voter, 'POST', `/${roundId}/votes`, { cardId }),
    unvote: (roundId: string, voter: string, cardId: string) =>
      as(voter, 'DELETE', `/${roundId}/votes`, { cardId }),
    mine: (roundId: string, voter: string) => as(voter, 'POST', `/${roundId}/mine`),
    reveal: (roundId: string) => http.post(`${rounds}/${roundId}/reveal`),
    close: (roundId: string) => http.post(`${rounds}/${roundId}/close`),
    results: (roundId: string) => http.get(`${rounds}/${roundId}/results`),
  };
}

/** Opens a round as the workspace member and returns its id. */
export async function openRound(
  target: Target,
  mapId: string,
  cardIds: string[],
  perPerson = 3,
  title = 'Biggest pain',
): Promise<string> {
  const { status, body } = await voting(target, mapId, target.workspaceKey).open({
    title,
    cardIds,
    perPerson,
  });
  if (status !== 201) throw new Error(`round failed: ${status} ${JSON.stringify(body)}`);
  return body.round.id as string;
}
