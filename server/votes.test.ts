import { describe, expect, it } from 'vitest';
import { readCurrentRound, readRound, readRounds } from '../src/doc/index.ts';
import { api, syncedClient, useResources, waitFor } from './test/helpers.ts';
import { openRound, votingSetup, voting } from './test/workshop.ts';

/* Dot voting over HTTP: rounds, limits, ownership of votes, roles, and the reveal. */

const res = useResources();

describe('dot voting', () => {
  it('runs a round: hidden counts while voting, totals and ranking after the reveal', async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const [c0, c1, c2] = cards as [string, string, string];
    // A viewer may read the workshop document; every other party acts over HTTP.
    const watcher = await syncedClient(res, server, `${id}.workshop`, tokens.viewer);
    expect(readRounds(watcher.doc)).toEqual([]);
    const facilitator = voting(server, id, tokens.editor);
    const guest = voting(server, id, tokens.commenter);

    const opened = await facilitator.open({
      title: 'Biggest pain',
      cardIds: [c0, c1, c2],
      perPerson: 3,
    });
    expect(opened.status).toBe(201);
    expect(opened.body.round).toEqual({
      id: expect.any(String),
      title: 'Biggest pain',
      cardIds: [c0, c1, c2],
      perPerson: 3,
      revealed: false,
      closed: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      voters: 0,
      cast: 0,
      totals: {},
    });
    const roundId: string = opened.body.round.id;
    await waitFor(() => expect(readCurrentRound(watcher.doc)).toEqual(opened.body.round));

    const ann = await guest.join('Ann');
    const bob = await facilitator.join('Bob');
    expect((await guest.vote(roundId, ann, c0)).body).toEqual({ mine: { [c0]: 1 }, left: 2 });
    expect((await guest.vote(roundId, ann, c1)).body).toEqual({
      mine: { [c0]: 1, [c1]: 1 },
      left: 1,
    });
    expect((await guest.vote(roundId, ann, c0)).body).toEqual({
      mine: { [c0]: 2, [c1]: 1 },
      left: 0,
    });
    expect((await facilitator.vote(roundId, bob, c0)).body).toEqual({ mine: { [c0]: 1 }, left: 2 });
    const full = await guest.vote(roundId, ann, c2);
    expect(full).toEqual({ status: 409, body: { error: expect.stringMatching(/no votes left/) } });

    // Everyone sees how many voted, nobody sees where: not in the document, not by asking.
    await waitFor(() =>
      expect(readRound(watcher.doc, roundId)).toMatchObject({ voters: 2, cast: 4 }),
    );
    expect(readRound(watcher.doc, roundId)?.totals).toEqual({});
    expect((await guest.results(roundId)).status).toBe(403);
    expect((await voting(server, id, tokens.viewer).results(roundId)).status).toBe(403);
    const preview = await facilitator.results(roundId);
    expect(preview.status).toBe(200);
    expect(preview.body.ranked).toEqual([
      { cardId: c0, votes: 3 },
      { cardId: c1, votes: 1 },
      { cardId: c2, votes: 0 },
    ]);

    expect((await guest.reveal(roundId)).status).toBe(403);
    const revealed = await facilitator.reveal(roundId);
    expect(revealed.status).toBe(200);
    expect(revealed.body.round).toMatchObject({
      revealed: true,
      closed: false,
      totals: { [c0]: 3, [c1]: 1 },
    });
    await waitFor(() => expect(readCurrentRound(watcher.doc)).toEqual(revealed.body.round));
    const results = await voting(server, id, tokens.viewer).results(roundId);
    expect(results).toEqual({
      status: 200,
      body: { round: revealed.body.round, ranked: preview.body.ranked },
    });

    // Revealed votes are final: casting after seeing the counts would be a second, open vote.
    expect((await facilitator.vote(roundId, bob, c1)).status).toBe(409);
    expect((await guest.unvote(roundId, ann, c0)).status).toBe(409);
    expect((await guest.mine(roundId, ann)).body).toEqual({ mine: { [c0]: 2, [c1]: 1 }, left: 0 });

    expect((await guest.close(roundId)).status).toBe(403);
    const closed = await facilitator.close(roundId);
    expect(closed.body.round).toMatchObject({
      closed: true,
      revealed: true,
      totals: { [c0]: 3, [c1]: 1 },
    });
    await waitFor(() => expect(readCurrentRound(watcher.doc)).toBeNull());
    expect(readRound(watcher.doc, roundId)).toEqual(closed.body.round);
    expect((await guest.vote(roundId, await guest.join('Late'), c0)).body.error).toMatch(/closed/);
  });

  it('counts concurrent votes from two participants on one card exactly, never past the limit', async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const card = cards[0]!;
    const roundId = await openRound(server, id, [card, cards[1]!], 5);
    const guest = voting(server, id, tokens.commenter);
    const ann = await guest.join('Ann');
    const bob = await guest.join('Bob');

    const burst = (n: number, send: (voter: string) => Promise<{ status: number }>) =>
      Promise.all(Array.from({ length: n }, (_, i) => send(i % 2 === 0 ? ann : bob)));
    const statuses = (await burst(24, (voter) => guest.vote(roundId, voter, card))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(14);
    for (const voter of [ann, bob]) {
      expect((await guest.mine(roundId, voter)).body).toEqual({ mine: { [card]: 5 }, left: 0 });
    }
    const member = voting(server, id, server.workspaceKey);
    expect((await member.results(roundId)).body.ranked[0]).toEqual({ cardId: card, votes: 10 });
    const watcher = await syncedClient(res, server, `${id}.workshop`);
    await waitFor(() =>
      expect(readRound(watcher.doc, roundId)).toMatchObject({ voters: 2, cast: 10 }),
    );

    // Taking back in parallel too: each removes only its own, down to zero and no further.
    const back = (await burst(14, (voter) => guest.unvote(roundId, voter, card))).map(
      (r) => r.status,
    );
    expect(back.filter((s) => s === 200)).toHaveLength(10);
    expect(back.filter((s) => s === 404)).toHaveLength(4);
    expect((await member.results(roundId)).body.ranked[0]).toEqual({ cardId: card, votes: 0 });
    await waitFor(() =>
      expect(readRound(watcher.doc, roundId)).toMatchObject({ voters: 0, cast: 0 }),
    );
    for (const voter of [ann, bob]) {
      expect((await guest.mine(roundId, voter)).body).toEqual({ mine: {}, left: 5 });
    }
  });

  it("lets nobody remove another's vote, and enforces roles on every route", async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const [c0, c1] = cards as [string, string];
    const roundId = await openRound(server, id, [c0, c1]);
    const guest = voting(server, id, tokens.commenter);
    const ann = await guest.join('Ann');
    const bob = await guest.join('Bob');
    expect((await guest.vote(roundId, ann, c0)).status).toBe(200);

    const theft = await guest.unvote(roundId, bob, c0);
    expect(theft).toEqual({
      status: 404,
      body: { error: expect.stringMatching(/no vote on that card/) },
    });
    expect((await guest.mine(roundId, ann)).body).toEqual({ mine: { [c0]: 1 }, left: 2 });
    expect((await guest.mine(roundId, bob)).body).toEqual({ mine: {}, left: 3 });

    const viewer = voting(server, id, tokens.viewer);
    const nobody = voting(server, id, null);
    expect((await viewer.vote(roundId, bob, c0)).status).toBe(403);
    expect((await viewer.unvote(roundId, ann, c0)).status).toBe(403);
    expect((await viewer.mine(roundId, ann)).status).toBe(403);
    expect((await viewer.open({ title: 'x', cardIds: [c0], perPerson: 1 })).status).toBe(403);
    expect((await guest.open({ title: 'x', cardIds: [c0], perPerson: 1 })).status).toBe(403);
    expect((await nobody.vote(roundId, bob, c0)).status).toBe(401);
    expect((await nobody.results(roundId)).status).toBe(401);
    expect((await nobody.open({ title: 'x', cardIds: [c0], perPerson: 1 })).status).toBe(401);
    // A guest of another map is no guest of this one.
    const otherMap = await api(server).createMap('Other');
    const otherGuest = (await api(server).createLink(otherMap, 'commenter')).token;
    expect((await voting(server, id, otherGuest).vote(roundId, bob, c0)).status).toBe(403);
    expect((await guest.mine(roundId, ann)).body).toEqual({ mine: { [c0]: 1 }, left: 2 });
  });

  it('refuses bad input with a 4xx and a message, changing nothing', async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const [c0, c1, c2] = cards as [string, string, string];
    const roundId = await openRound(server, id, [c0, c1]);
    const member = voting(server, id, server.workspaceKey);
    const guest = voting(server, id, tokens.commenter);
    const ann = await guest.join('Ann');
    const good = { title: 'Vote', cardIds: [c0], perPerson: 2 };

    const cases: [string, () => Promise<{ status: number; body: { error?: unknown } }>, number][] =
      [
        ['empty title', () => member.open({ ...good, title: '  ' }), 400],
        ['long title', () => member.open({ ...good, title: 'x'.repeat(121) }), 400],
        ['no cards', () => member.open({ ...good, cardIds: [] }), 400],
        ['201 cards', () => member.open({ ...good, cardIds: Array(201).fill(c0) }), 400],
        ['unknown card', () => member.open({ ...good, cardIds: [c0, 'nope'] }), 400],
        ['repeated card', () => member.open({ ...good, cardIds: [c0, c0] }), 400],
        ['0 per person', () => member.open({ ...good, perPerson: 0 }), 400],
        ['21 per person', () => member.open({ ...good, perPerson: 21 }), 400],
        ['1.5 per person', () => member.open({ ...good, perPerson: 1.5 }), 400],
        ['not JSON', () => member.open('{'), 400],
        ['missing map', () => voting(server, 'NoSuchMap123', server.workspaceKey).open(good), 404],
        ['forged participant', () => guest.vote(roundId, 'abc.def.ghi', c0), 401],
        ['no participant', () => guest.vote(roundId, '', c0), 401],
        ['card not in round', () => guest.vote(roundId, ann, c2), 400],
        ['unknown round', () => guest.vote('nope', ann, c0), 404],
        ['empty cardId', () => guest.unvote(roundId, ann, ''), 400],
        ['mine without participant', () => guest.mine(roundId, ''), 401],
        ['mine of unknown round', () => guest.mine('nope', ann), 404],
        ['reveal unknown round', () => member.reveal('nope'), 404],
        ['results of unknown round', () => member.results('nope'), 404],
      ];
    for (const [name, send, status] of cases) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(response.body.error, name).toEqual(expect.any(String));
    }
    expect((await member.results(roundId)).body.round).toMatchObject({ cast: 0, closed: false });
    const watcher = await syncedClient(res, server, `${id}.workshop`);
    expect(readRounds(watcher.doc).map((r) => r.id)).toEqual([roundId]);
  });

  it('closes the open round when a new one opens', async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const first = await openRound(server, id, [cards[0]!], 1, 'First');
    const watcher = await syncedClient(res, server, `${id}.workshop`, tokens.commenter);
    await waitFor(() => expect(readCurrentRound(watcher.doc)?.id).toBe(first));
    const second = await openRound(server, id, [cards[1]!], 1, 'Second');
    await waitFor(() => expect(readCurrentRound(watcher.doc)?.id).toBe(second));
    expect(readRounds(watcher.doc).map((r) => [r.title, r.closed])).toEqual([
      ['First', true],
      ['Second', false],
    ]);
    const guest = voting(server, id, tokens.commenter);
    const ann = await guest.join('Ann');
    expect((await guest.vote(first, ann, cards[0]!)).status).toBe(409);
    expect((await guest.vote(second, ann, cards[1]!)).status).toBe(200);
  });

  it('counts one participant once, however many made-up voter secrets it sends', async () => {
    const { server, id, cards, tokens } = await votingSetup(res);
    const [c0, c1] = cards as [string, string];
    const roundId = await openRound(server, id, [c0, c1], 3);
    const guest = voting(server, id, tokens.commenter);
    const mallory = await guest.join('Mallory');

    // Ten secrets of the old kind in the body, all from one participant: three dots count.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await fetch(
        `http://localhost:${server.port}/api/maps/${id}/rounds/${roundId}/votes`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${tokens.commenter}`,
            'x-trailmap-participant': mallory,
          },
          body: JSON.stringify({
            voter: `made-up-secret-number-${i}-${'x'.repeat(32)}`,
            cardId: c0,
          }),
        },
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);

    // Two real participants on the same link each get their own three.
    const ann = await guest.join('Ann');
    for (let i = 0; i < 4; i++) await guest.vote(roundId, ann, c1);
    expect((await guest.mine(roundId, ann)).body).toEqual({ mine: { [c1]: 3 }, left: 0 });
    const member = voting(server, id, server.workspaceKey);
    expect((await member.results(roundId)).body.round).toMatchObject({ voters: 2, cast: 6 });

    // Each dot is attributed in the audit trail: participant, link, time.
    const audit = (await api(server).get(`/api/maps/${id}/audit`)).body.entries;
    const casts = audit.filter((e: { action: string }) => e.action === 'vote.cast');
    expect(casts).toHaveLength(6);
    expect(new Set(casts.map((e: { linkId: string }) => e.linkId)).size).toBe(1);
    expect(casts[0]).toMatchObject({ participantId: expect.any(String), at: expect.any(String) });
  });
});
