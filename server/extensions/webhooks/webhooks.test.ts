import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addAction, addKpi, readMap, updateAction } from '../../../src/doc/index.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
} from '../../test/helpers.ts';
import { commentsAs, join } from '../../test/participants.ts';
import { startReceiver, type Answer } from '../../test/receiver.ts';

/* Webhooks: signed deliveries of a map's events, retried with backoff, off the edit path. */

const res = useResources();

const FAST = {
  allowPrivateAddresses: true,
  timeoutMs: 300,
  retryBaseMs: 30,
  pollMs: 20,
  changeQuietMs: 40,
  overdueEveryMs: 50,
};

async function setup(answer?: Answer, events: string[] = ['action.created']) {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir, webhooks: FAST });
  const key = api(server);
  const id = await key.createMap('Onboarding', 'saas');
  const receiver = await startReceiver(res, answer);
  const made = await key.post(`/api/maps/${id}/webhooks`, { url: `${receiver.url}/hook`, events });
  expect(made.status).toBe(201);
  return { server, key, id, receiver, hook: made.body };
}

const deliveries = async (key: ReturnType<typeof api>, id: string) =>
  (await key.get(`/api/maps/${id}/webhooks/deliveries`)).body.deliveries;

describe('webhooks', () => {
  it('delivers an action made on the canvas as signed JSON with a chat-ready text', async () => {
    const { server, id, receiver, hook } = await setup();
    expect(hook.secret).toMatch(/^whsec_/);
    const alice = await syncedClient(res, server, id);
    addAction(alice.doc, { title: 'Shorten signup' });
    await waitFor(() => expect(receiver.received).toHaveLength(1));
    const [got] = receiver.received;
    const expected = `sha256=${createHmac('sha256', hook.secret).update(got!.body).digest('hex')}`;
    expect(got!.headers['x-trailmap-signature-256']).toBe(expected);
    expect(got!.headers['x-trailmap-event']).toBe('action.created');
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({
      event: 'action.created',
      map: { id, title: 'Onboarding' },
      data: { title: 'Shorten signup', status: 'todo' },
      text: 'Trailmap · Onboarding: new action “Shorten signup”',
    });
    expect(got!.headers['x-trailmap-delivery']).toBe(body.id);
    // A tampered body does not verify.
    const forged = createHmac('sha256', hook.secret)
      .update(got!.body + ' ')
      .digest('hex');
    expect(`sha256=${forged}`).not.toBe(expected);
  });

  it('retries after a 500, with backoff, and lists what happened', async () => {
    const { server, key, id, receiver } = await setup((_r, n) => (n === 1 ? 500 : 200));
    const alice = await syncedClient(res, server, id);
    addAction(alice.doc, { title: 'Call back' });
    await waitFor(async () =>
      expect(await deliveries(key, id)).toEqual([
        expect.objectContaining({
          status: 'delivered',
          attempts: 2,
          lastStatus: 200,
          event: 'action.created',
        }),
      ]),
    );
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]!.body).toBe(receiver.received[1]!.body);
  });

  it('never blocks editing: a receiver that does not answer times out and is retried later', async () => {
    const { server, key, id, receiver } = await setup((_r, n) => (n === 1 ? 'hang' : 200));
    const alice = await syncedClient(res, server, id);
    const bob = await syncedClient(res, server, id);
    const first = addAction(alice.doc, { title: 'One' });
    await waitFor(() => expect(receiver.hanging).toHaveLength(1));
    // While the delivery hangs, edits still travel between collaborators.
    updateAction(alice.doc, first, { title: 'One, renamed' });
    await waitFor(() =>
      expect(readMap(bob.doc).actions.find((a) => a.id === first)?.title).toBe('One, renamed'),
    );
    await waitFor(async () =>
      expect(
        (await deliveries(key, id)).find((d: { event: string }) => d.event === 'action.created'),
      ).toMatchObject({
        status: 'delivered',
        attempts: 2,
      }),
    );
  });

  it('does not follow redirects', async () => {
    const { server, key, id, receiver } = await setup((r) =>
      r.path === '/hook' ? { redirect: '/elsewhere' } : 200,
    );
    const alice = await syncedClient(res, server, id);
    addAction(alice.doc, { title: 'Somewhere' });
    await waitFor(async () =>
      expect((await deliveries(key, id))[0]).toMatchObject({ lastStatus: 302, status: 'pending' }),
    );
    expect(receiver.received.every((r) => r.path === '/hook')).toBe(true);
  });

  it('tells comments, mentions, KPIs off target, named versions, changed and overdue actions', async () => {
    const all = [
      'comment.created',
      'mention.created',
      'kpi.off_target',
      'version.saved',
      'action.changed',
      'action.overdue',
    ];
    const { server, key, id, receiver } = await setup(undefined, all);
    const map = (await key.get(`/api/maps/${id}/export`)).body;
    const alice = await syncedClient(res, server, id);
    const person = map.people[0].id;
    const me = await join(server, id, 'Ana');
    const comments = commentsAs(server, id, server.workspaceKey, me.token);
    expect(
      (await comments.start({ anchor: { kind: 'map' }, text: 'Look here', mentions: [person] }))
        .status,
    ).toBe(201);
    const kpiId = addKpi(alice.doc, { name: 'Activation', unit: '%', target: 40, current: 45 });
    await waitFor(async () =>
      expect((await key.get(`/api/maps/${id}/export`)).body.kpis).toHaveLength(map.kpis.length + 1),
    );
    await key.put(`/api/maps/${id}/kpis/${kpiId}/current`, { value: 31 });
    await key.put(`/api/maps/${id}/kpis/${kpiId}/current`, { value: 30 }); // still off: told once
    await key.post(`/api/maps/${id}/versions`, { name: 'Before launch' });
    const actionId = addAction(alice.doc, { title: 'Late one', due: '2020-01-01' });
    // Changes that arrive with the creation are part of it: change it once it is there.
    await waitFor(async () =>
      expect((await key.get(`/api/maps/${id}/actions/${actionId}`)).status).toBe(200),
    );
    updateAction(alice.doc, actionId, { status: 'doing' });
    updateAction(alice.doc, actionId, { impact: 5 });
    const events = () => receiver.received.map((r) => JSON.parse(r.body).event as string);
    await waitFor(() => expect(new Set(events())).toEqual(new Set(all)));
    const count = (event: string) => events().filter((e) => e === event).length;
    expect(count('kpi.off_target')).toBe(1);
    // Two quick changes, one delivery with the state after both.
    expect(count('action.changed')).toBe(1);
    const changed = receiver.received.find((r) => JSON.parse(r.body).event === 'action.changed')!;
    expect(JSON.parse(changed.body).data).toMatchObject({ status: 'doing', impact: 5 });
    // Overdue is told once, however often the sweep runs.
    await new Promise((done) => setTimeout(done, 200));
    expect(count('action.overdue')).toBe(1);
    const mention = JSON.parse(
      receiver.received.find((r) => JSON.parse(r.body).event === 'mention.created')!.body,
    );
    expect(mention.data).toMatchObject({
      text: 'Look here',
      mentions: [person],
      author: { name: 'Ana' },
    });
  });

  it('tells an observation set a pipeline imported with a KPI token; a read token may not import', async () => {
    const { server, key, id, receiver } = await setup(undefined, ['observations.imported']);
    const tokenOf = async (scope: string) =>
      (await key.post(`/api/maps/${id}/tokens`, { name: `Pipeline ${scope}`, scope })).body
        .token as string;
    const log =
      'case,activity,timestamp\nA,Sign up,2024-01-01T09:00:00Z\nA,First login,2024-01-01T09:30:00Z\n';
    const upload = async (token: string) =>
      fetch(`http://localhost:${server.port}/api/maps/${id}/observations?name=Nightly`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: log,
      });
    expect((await upload(await tokenOf('read'))).status).toBe(403);
    expect((await upload(await tokenOf('kpis'))).status).toBe(201);
    await waitFor(() => expect(receiver.received).toHaveLength(1));
    const told = JSON.parse(receiver.received[0]!.body);
    expect(told).toMatchObject({
      event: 'observations.imported',
      data: { name: 'Nightly', cases: 1 },
    });
    expect(told.text).toContain('observations imported');
  });

  it('editors manage webhooks; bad input is refused and changes nothing', async () => {
    const { server, key, id, hook } = await setup();
    const viewer = api(server, (await key.createLink(id, 'viewer')).token);
    expect((await viewer.get(`/api/maps/${id}/webhooks`)).status).toBe(403);
    const listed = (await key.get(`/api/maps/${id}/webhooks`)).body.webhooks;
    expect(listed).toEqual([
      { id: hook.id, url: hook.url, events: ['action.created'], createdAt: expect.any(String) },
    ]);
    expect(JSON.stringify(listed)).not.toContain(hook.secret);
    for (const bad of [
      { url: 'ftp://example.com/x', events: ['action.created'] },
      { url: 'not a url', events: ['action.created'] },
      { url: 'https://example.com/x', events: [] },
      { url: 'https://example.com/x', events: ['everything'] },
      { url: 'https://user:pw@example.com/x', events: ['action.created'] },
    ]) {
      const answer = await key.post(`/api/maps/${id}/webhooks`, bad);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toBeTruthy();
    }
    expect((await key.get(`/api/maps/${id}/webhooks`)).body.webhooks).toHaveLength(1);
    expect((await key.delete(`/api/maps/${id}/webhooks/${hook.id}`)).status).toBe(204);
    expect((await key.delete(`/api/maps/${id}/webhooks/${hook.id}`)).status).toBe(404);
  });
});

describe('webhooks and server-side request forgery', () => {
  it('refuses loopback, private and link-local URLs unless the setting allows them', async () => {
    const dataDir = await tempDir(res);
    const server = await startServer(res, { dataDir });
    const key = api(server);
    const id = await key.createMap('Guarded');
    for (const url of [
      'http://127.0.0.1:8080/x',
      'http://localhost/x',
      'http://[::1]/x',
      'http://[::ffff:127.0.0.1]/x',
      'http://10.1.2.3/x',
      'http://192.168.0.10/x',
      'http://172.20.0.1/x',
      'http://169.254.169.254/latest/meta-data',
      'http://0.0.0.0/x',
      'http://[fd00::1]/x',
    ]) {
      const answer = await key.post(`/api/maps/${id}/webhooks`, {
        url,
        events: ['action.created'],
      });
      expect([url, answer.status]).toEqual([url, 400]);
      expect(answer.body.error).toMatch(/loopback, private or link-local/);
    }
    expect((await key.get(`/api/maps/${id}/webhooks`)).body.webhooks).toEqual([]);
  });
});
