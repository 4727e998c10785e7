import { describe, expect, it } from 'vitest';
import { readMap } from '../../../src/doc/index.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
} from '../../test/helpers.ts';

/* Content over REST: one transaction per request, live for connected clients, checked. */

const res = useResources();

async function setup() {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir });
  const key = api(server);
  const id = await key.createMap('Onboarding', 'saas');
  const map = (await key.get(`/api/maps/${id}/export`)).body;
  const made = await key.post(`/api/maps/${id}/tokens`, { name: 'Backlog sync', scope: 'content' });
  return { server, key, id, map, ci: api(server, made.body.token) };
}

describe('content endpoints', () => {
  it('create, update and delete cards that live clients see at once', async () => {
    const { server, id, map, ci } = await setup();
    const alice = await syncedClient(res, server, id);
    const [stage, second] = map.stages;
    const lane = map.lanes[0];
    const persona = map.personas[0];
    const created = await ci.post(`/api/maps/${id}/cards`, {
      title: '  Reads the welcome mail ',
      stageId: stage.id,
      laneId: lane.id,
      emotion: { [persona.id]: 2 },
      channel: 'email',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Reads the welcome mail',
      stageId: stage.id,
      channel: 'email',
      emotion: { [persona.id]: 2 },
    });
    const cardId = created.body.id;
    await waitFor(() =>
      expect(readMap(alice.doc).cards.find((c) => c.id === cardId)?.title).toBe(
        'Reads the welcome mail',
      ),
    );
    const moved = await ci.request('PATCH', `/api/maps/${id}/cards/${cardId}`, {
      stageId: second.id,
      momentOfTruth: true,
      emotion: { [persona.id]: null },
    });
    expect(moved.body).toMatchObject({ stageId: second.id, momentOfTruth: true, emotion: {} });
    await waitFor(() =>
      expect(readMap(alice.doc).cards.find((c) => c.id === cardId)?.stageId).toBe(second.id),
    );
    expect((await ci.get(`/api/maps/${id}/cards/${cardId}`)).body.momentOfTruth).toBe(true);
    expect((await ci.delete(`/api/maps/${id}/cards/${cardId}`)).status).toBe(204);
    await waitFor(() => expect(readMap(alice.doc).cards.some((c) => c.id === cardId)).toBe(false));
    expect((await ci.delete(`/api/maps/${id}/cards/${cardId}`)).status).toBe(404);
  });

  it('apply a request as one transaction, credited to the token', async () => {
    const { server, id, map, ci } = await setup();
    const alice = await syncedClient(res, server, id);
    let updates = 0;
    alice.doc.on('update', () => updates++);
    const created = await ci.post(`/api/maps/${id}/actions`, {
      title: 'Shorten signup',
      status: 'doing',
      impact: 5,
      effort: 2,
      due: '2026-03-01',
      cardIds: [map.cards[0].id, map.cards[1].id],
    });
    expect(created.status).toBe(201);
    await waitFor(() =>
      expect(readMap(alice.doc).actions.some((a) => a.id === created.body.id)).toBe(true),
    );
    expect(updates).toBe(1);
    expect(readMap(alice.doc).actions.find((a) => a.id === created.body.id)).toMatchObject({
      status: 'doing',
      impact: 5,
      effort: 2,
      cardIds: [map.cards[0].id, map.cards[1].id],
    });
  });

  it('manages stages: add at a position, rename, reorder, delete with their cards', async () => {
    const { id, map, ci } = await setup();
    const added = await ci.post(`/api/maps/${id}/stages`, {
      name: 'Renewal',
      index: 0,
      goal: 'Stay',
    });
    expect(added.status).toBe(201);
    let stages = (await ci.get(`/api/maps/${id}/stages`)).body.stages;
    expect(stages[0]).toMatchObject({ name: 'Renewal', goal: 'Stay' });
    await ci.request('PATCH', `/api/maps/${id}/stages/${added.body.id}`, {
      name: 'Renew',
      index: 99,
    });
    stages = (await ci.get(`/api/maps/${id}/stages`)).body.stages;
    expect(stages.at(-1)).toMatchObject({ id: added.body.id, name: 'Renew' });
    const doomed = map.stages[0].id;
    const cardsBefore = map.cards.filter((c: { stageId: string }) => c.stageId === doomed).length;
    expect(cardsBefore).toBeGreaterThan(0);
    expect((await ci.delete(`/api/maps/${id}/stages/${doomed}`)).status).toBe(204);
    const after = (await ci.get(`/api/maps/${id}/cards`)).body.cards;
    expect(after.some((c: { stageId: string }) => c.stageId === doomed)).toBe(false);
  });

  it('refuses bad input with every problem and changes nothing', async () => {
    const { key, id, map, ci } = await setup();
    const before = (await key.get(`/api/maps/${id}/export`)).body;
    const stage = map.stages[0].id;
    const lane = map.lanes[0].id;
    const cases: [string, string, unknown, number, RegExp][] = [
      ['POST', 'cards', { title: '', stageId: stage, laneId: lane }, 400, /Invalid/],
      ['POST', 'cards', { title: 'x', stageId: 'nope', laneId: lane }, 400, /No stage "nope"/],
      [
        'POST',
        'cards',
        { title: 'x', stageId: stage, laneId: lane, ownerId: 'ghost' },
        400,
        /No person/,
      ],
      [
        'POST',
        'cards',
        { title: 'x', stageId: stage, laneId: lane, emotion: { p: 3 } },
        400,
        /Invalid/,
      ],
      [
        'POST',
        'cards',
        { title: 'x', stageId: stage, laneId: lane, colour: 'red' },
        400,
        /Invalid/,
      ],
      ['POST', 'actions', { title: 'x', due: 'tomorrow' }, 400, /Invalid/],
      ['POST', 'actions', { title: 'x', cardIds: ['gone'] }, 400, /No card "gone"/],
      ['PATCH', 'actions/none', { title: 'x' }, 404, /No such action/],
      ['PATCH', 'stages/none', { name: 'x' }, 404, /No such stage/],
      ['POST', 'stages', 'not json', 400, /JSON/],
    ];
    for (const [method, path, body, status, error] of cases) {
      const answer = await ci.request(method, `/api/maps/${id}/${path}`, body);
      expect([
        answer.status,
        answer.body.error + JSON.stringify(answer.body.problems ?? ''),
      ]).toEqual([status, expect.stringMatching(error)]);
    }
    expect((await key.get(`/api/maps/${id}/export`)).body).toEqual(before);
  });

  it('follows the roles of the canvas: viewers and commenters read only', async () => {
    const { server, key, id, map } = await setup();
    const viewer = api(server, (await key.createLink(id, 'viewer')).token);
    const commenter = api(server, (await key.createLink(id, 'commenter')).token);
    const editor = api(server, (await key.createLink(id, 'editor')).token);
    const card = { title: 'x', stageId: map.stages[0].id, laneId: map.lanes[0].id };
    expect((await viewer.get(`/api/maps/${id}/actions`)).status).toBe(200);
    expect((await viewer.post(`/api/maps/${id}/cards`, card)).status).toBe(403);
    expect((await commenter.post(`/api/maps/${id}/cards`, card)).status).toBe(403);
    expect((await editor.post(`/api/maps/${id}/cards`, card)).status).toBe(201);
    expect((await api(server, null).get(`/api/maps/${id}/cards`)).status).toBe(401);
  });
});
