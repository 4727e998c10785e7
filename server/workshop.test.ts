import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCurrentRound, readRound, readRounds } from '../src/doc/index.ts';
import { testStore } from './test/engine.ts';
import { watchedStore } from './test/stores.ts';
import { spawnServer } from './test/childServer.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';
import { openRound, voting, votingSetup } from './test/workshop.ts';

/* The workshop room `<mapId>.workshop`: read by every role, written by the server alone. */

const res = useResources();

/** Forges what a client could write: its own totals, and another current round. */
function forge(doc: Y.Doc, roundId: string): void {
  const round = doc.getMap<Y.Map<unknown>>('rounds').get(roundId);
  round?.set('totals', { forged: 99 });
  round?.set('revealed', true);
  doc.getMap('session').set('current', 'forged');
}

describe('workshop room', () => {
  it('is readable by every role and writable by none: client updates are dropped unseen', async () => {
    const dataDir = await tempDir(res);
    const { store, appended } = await watchedStore(dataDir);
    const { server, id, cards, tokens } = await votingSetup(res, { dataDir, store });
    const room = `${id}.workshop`;
    const roundId = await openRound(server, id, [cards[0]!, cards[1]!]);
    const viewer = await syncedClient(res, server, room, tokens.viewer);
    await waitFor(() => expect(readCurrentRound(viewer.doc)?.id).toBe(roundId));
    const truth = readRounds(viewer.doc);
    const logged = appended.filter((name) => name === room).length;

    for (const token of [server.workspaceKey, tokens.editor, tokens.commenter]) {
      const client = await syncedClient(res, server, room, token);
      await waitFor(() => expect(readRounds(client.doc)).toEqual(truth));
      const notices = client.notices.length;
      forge(client.doc, roundId);
      await waitFor(() => expect(client.notices.length).toBeGreaterThan(notices));
      expect(client.notices.at(-1)).toBe('read-only');
    }

    // A real change after the forgeries: once the viewer has it, any relayed forgery would be there.
    const guest = voting(server, id, tokens.commenter);
    await guest.vote(roundId, await guest.join('Ann'), cards[0]!);
    await waitFor(() => expect(readRound(viewer.doc, roundId)?.cast).toBe(1));
    expect(readRounds(viewer.doc)).toEqual([{ ...truth[0]!, voters: 1, cast: 1 }]);
    expect(readCurrentRound(viewer.doc)?.id).toBe(roundId);
    // Only the server's own write reached the store, and a newcomer gets the true state.
    expect(appended.filter((name) => name === room).length).toBe(logged + 1);
    const fresh = await syncedClient(res, server, room, tokens.viewer);
    expect(readRounds(fresh.doc)).toEqual(readRounds(viewer.doc));
    expect(readCurrentRound(fresh.doc)?.id).toBe(roundId);
  });

  it('keeps rounds and votes across a restart; a reloaded page gets its own votes back', async () => {
    const { dataDir, server, id, cards, tokens } = await votingSetup(res);
    const [c0, c1] = cards as [string, string];
    const roundId = await openRound(server, id, [c0, c1], 3);
    const guest = voting(server, id, tokens.commenter);
    const ann = await guest.join('Ann');
    await guest.vote(roundId, ann, c0);
    await guest.vote(roundId, ann, c0);
    await guest.vote(roundId, await guest.join('Bob'), c1);
    await server.close();

    const again = await startServer(res, { dataDir });
    const page = await syncedClient(res, again, `${id}.workshop`, tokens.commenter);
    expect(readCurrentRound(page.doc)).toMatchObject({ id: roundId, voters: 2, cast: 3 });
    const reloaded = voting(again, id, tokens.commenter);
    expect((await reloaded.mine(roundId, ann)).body).toEqual({ mine: { [c0]: 2 }, left: 1 });
    // The limit counts the votes from before the restart.
    expect((await reloaded.vote(roundId, ann, c1)).body).toEqual({
      mine: { [c0]: 2, [c1]: 1 },
      left: 0,
    });
    expect((await reloaded.vote(roundId, ann, c1)).status).toBe(409);
    await voting(again, id, tokens.editor).reveal(roundId);
    await waitFor(() => expect(readRound(page.doc, roundId)?.totals).toEqual({ [c0]: 2, [c1]: 2 }));
  });

  it('keeps every acknowledged vote when the server is killed', async () => {
    const dataDir = await tempDir(res);
    const first = await spawnServer(res, { DATA_DIR: dataDir });
    const id = await api(first).createMap('Crash vote', 'ecommerce');
    const card: string = (await api(first).get(`/api/maps/${id}/export`)).body.cards[0].id;
    const roundId = await openRound(first, id, [card], 20);
    const member = voting(first, id, first.workspaceKey);
    const ann = await member.join('Ann');
    const bob = await member.join('Bob');
    const acked = await Promise.all(
      Array.from({ length: 30 }, (_, i) => member.vote(roundId, i % 2 ? ann : bob, card)),
    );
    expect(acked.map((r) => r.status)).toEqual(Array(30).fill(200));
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await spawnServer(res, { DATA_DIR: dataDir });
    const after = voting(second, id, second.workspaceKey);
    expect((await after.mine(roundId, ann)).body).toEqual({ mine: { [card]: 15 }, left: 5 });
    expect((await after.mine(roundId, bob)).body).toEqual({ mine: { [card]: 15 }, left: 5 });
    const page = await syncedClient(res, second, `${id}.workshop`);
    expect(readRound(page.doc, roundId)).toMatchObject({ voters: 2, cast: 30 });
  });

  it("deletes a map's rounds, votes and workshop document with the map, and nothing else", async () => {
    const { dataDir, server, http, id, cards, tokens } = await votingSetup(res);
    const roundId = await openRound(server, id, [cards[0]!]);
    const guest = voting(server, id, tokens.commenter);
    await guest.vote(roundId, await guest.join('Ann'), cards[0]!);
    const otherId = await http.createMap('Kept', 'ecommerce');
    const otherCard: string = (await http.get(`/api/maps/${otherId}/export`)).body.cards[0].id;
    const kept = await openRound(server, otherId, [otherCard]);
    const otherMember = voting(server, otherId, server.workspaceKey);
    await otherMember.vote(kept, await otherMember.join('Bob'), otherCard);
    const page = await syncedClient(res, server, `${id}.workshop`, tokens.viewer);
    const closed = new Promise<number>((resolve) =>
      page.provider.ws?.addEventListener('close', (event) => resolve(event.code)),
    );

    expect((await http.delete(`/api/maps/${id}`)).status).toBe(204);
    expect(await closed).toBe(4404);
    await server.close();

    const store = await testStore(dataDir);
    expect(await store.votes.getRound(id, roundId)).toBeNull();
    expect((await store.votes.tally(roundId)).cast).toBe(0);
    const workshopRoom = await store.log.load(`${id}.workshop`);
    expect([workshopRoom.snapshot, workshopRoom.updates.length]).toEqual([null, 0]);
    expect((await store.votes.tally(kept)).cast).toBe(1);
    await store.close();
  });
});
