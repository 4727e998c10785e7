import { randomUUID } from 'node:crypto';
import type { ServerConfig } from '../createServer.ts';
import { api, startServer, tempDir, type Resources, type Target } from './helpers.ts';

/* Helpers for the dot-voting tests: a map with share links, and voting calls by role. */

/** A fresh voter secret, as a browser makes one. */
export const newVoter = (): string => randomUUID();

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

/** The voting API of one map as seen by the holder of `token` (null: no credentials). */
export function voting(target: Target, mapId: string, token: string | null) {
  const http = api(target, token);
  const rounds = `/api/maps/${mapId}/rounds`;
  return {
    open: (body: unknown) => http.post(rounds, body),
    vote: (roundId: string, voter: string, cardId: string) =>
      http.post(`${rounds}/${roundId}/votes`, { voter, cardId }),
    unvote: (roundId: string, voter: string, cardId: string) =>
      http.request('DELETE', `${rounds}/${roundId}/votes`, { voter, cardId }),
    mine: (roundId: string, voter: string) => http.post(`${rounds}/${roundId}/mine`, { voter }),
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
