import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { api, startServer, tempDir, useResources, type Target } from './test/helpers.ts';

/* /api/maps/:id/observations: event logs imported as observation sets, by role, validated. */

const res = useResources();

// Three cases; case c2's rows are out of order (sorted by time within the case).
const CSV = `case_id,activity,timestamp,channel
c1,Sign up,2024-01-01T09:00:00Z,web
c1,Verify email,2024-01-01T09:05:00Z,email
c1,First login,2024-01-01T10:00:00Z,web
c2,Verify email,2024-01-02T09:05:00Z,email
c2,Sign up,2024-01-02T09:00:00Z,web
c3,Sign up,2024-01-03T09:00:00Z,app
`;

const XES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <trace><string key="concept:name" value="A"/>
    <event><string key="concept:name" value="Sign up"/><date key="time:timestamp" value="2024-01-01T09:00:00+01:00"/></event>
    <event><string key="concept:name" value="First login"/><date key="time:timestamp" value="2024-01-01T09:30:00+01:00"/></event>
  </trace>
</log>`;

async function setup(config: { maxEventLogBytes?: number; maxBodyBytes?: number } = {}) {
  const server = await startServer(res, { dataDir: await tempDir(res), ...config });
  const http = api(server);
  const id = await http.createMap('Sign-up journey', 'saas');
  return { server, http, id };
}

async function upload(
  target: Target,
  mapId: string,
  body: string | Uint8Array,
  query = '',
  token: string | null = target.workspaceKey,
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(
    `http://localhost:${target.port}/api/maps/${mapId}/observations${query}`,
    { method: 'POST', headers, body: typeof body === 'string' ? body : new Uint8Array(body) },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json()) as any };
}

describe('observation sets', () => {
  it('import a CSV log: counts, directly-follows, variants, kept for every reader', async () => {
    const { server, http, id } = await setup();
    const created = await upload(server, id, CSV, '?name=January&source=log.csv');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'January',
      source: 'log.csv',
      cases: 3,
      events: 6,
      activities: 3,
      from: '2024-01-01T09:00:00.000Z',
      to: '2024-01-03T09:00:00.000Z',
    });
    const viewer = api(server, (await http.createLink(id, 'viewer')).token);
    const list = await viewer.get(`/api/maps/${id}/observations`);
    expect(list.body.sets.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    const set = (await viewer.get(`/api/maps/${id}/observations/${created.body.id}`)).body;
    expect(set.transitions).toEqual([
      { from: 'Sign up', to: 'Verify email', count: 2, cases: 2 },
      { from: 'Verify email', to: 'First login', count: 1, cases: 1 },
    ]);
    expect(set.variants).toEqual([
      { activities: ['Sign up'], cases: 1 },
      { activities: ['Sign up', 'Verify email'], cases: 1 },
      { activities: ['Sign up', 'Verify email', 'First login'], cases: 1 },
    ]);
    expect(set.activityStats).toContainEqual({
      name: 'Sign up',
      events: 3,
      cases: 3,
      cardId: null,
    });
    expect(set.stages.length).toBeGreaterThan(0);
  });

  it('import gzip XES, the format told by the content; plain bodies over the API limit too', async () => {
    const { server, http, id } = await setup({ maxBodyBytes: 200 });
    const xes = await upload(server, id, gzipSync(XES));
    expect(xes.status).toBe(201);
    expect(xes.body).toMatchObject({ cases: 1, events: 2, activities: 2 });
    expect(xes.body.from).toBe('2024-01-01T08:00:00.000Z');
    const csv = await upload(server, id, gzipSync(CSV), '?format=csv');
    expect(csv.status).toBe(201);
    expect((await http.get(`/api/maps/${id}/observations`)).body.sets).toHaveLength(2);
  });

  it('let editors import and delete; commenters and viewers only read', async () => {
    const { server, http, id } = await setup();
    const editor = (await http.createLink(id, 'editor')).token;
    const created = await upload(server, id, CSV, '', editor);
    expect(created.status).toBe(201);
    for (const role of ['commenter', 'viewer']) {
      const token = (await http.createLink(id, role)).token;
      expect((await upload(server, id, CSV, '', token)).status).toBe(403);
      const them = api(server, token);
      expect((await them.delete(`/api/maps/${id}/observations/${created.body.id}`)).status).toBe(
        403,
      );
      expect((await them.get(`/api/maps/${id}/observations/${created.body.id}`)).status).toBe(200);
    }
    expect((await upload(server, id, CSV, '', null)).status).toBe(401);
    const path = `/api/maps/${id}/observations/${created.body.id}`;
    expect((await api(server, editor).delete(path)).status).toBe(204);
    expect((await http.get(path)).status).toBe(404);
    expect((await http.delete(path)).status).toBe(404);
  });

  it('refuse bad logs with a message naming the line or element, and store nothing', async () => {
    const { server, http, id } = await setup({ maxEventLogBytes: 4096 });
    const refusals: [string | Uint8Array, string, number, RegExp][] = [
      ['who,what\nc1,x\n', '', 400, /Line 1: no case, activity, timestamp column/],
      [CSV, '?activity=Step', 400, /Line 1: no column "Step"/],
      [
        'case,activity,timestamp\nc1,A,yesterday\nc2,B,\n',
        '',
        400,
        /No event has a parsable timestamp \(line 2/,
      ],
      [
        'case,activity,timestamp\nc1,A,2024-01-01\nc1\n',
        '',
        400,
        /Line 3: 1 field where the header has 3/,
      ],
      [gzipSync(CSV).subarray(0, 40), '', 400, /gzip data is truncated/],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]), '', 415, /binary/],
      ['<log><trace><event></trace></log>', '', 400, /XES .*line 1/i],
      ['<html><body/></html>', '', 400, /root element is <html>/],
      ['', '', 400, /empty/],
      ['x'.repeat(5000), '', 413, /over 4096 bytes/],
      [
        gzipSync('case,activity,timestamp\n' + 'c1,A,2024-01-01\n'.repeat(400)),
        '',
        413,
        /uncompressed/,
      ],
      [CSV, '?format=pdf', 400, /format must be csv or xes/],
    ];
    for (const [body, query, status, message] of refusals) {
      const answer = await upload(server, id, body, query);
      expect([answer.status, answer.body.error]).toEqual([status, expect.stringMatching(message)]);
    }
    expect((await http.get(`/api/maps/${id}/observations`)).body.sets).toEqual([]);
    // The import worker a refusal leaves behind takes the next log cleanly.
    const after = await upload(server, id, CSV);
    expect([after.status, after.body.events]).toEqual([201, 6]);
  });

  it('come with the observed support template: its map shows the Helpdesk sample', async () => {
    const { server } = await setup();
    const http = api(server);
    const id = await http.createMap('Tickets', 'support-observed');
    const { body } = await http.get(`/api/maps/${id}/observations/sample-helpdesk`);
    expect(body).toMatchObject({ cases: 4580, events: 21348, activities: 14 });
    const closed = body.activityStats.find((a: { name: string }) => a.name === 'Closed');
    const map = (await http.get(`/api/maps/${id}/export`)).body;
    expect(map.meta.observedSet).toBe('sample-helpdesk');
    expect(closed.cardId).toBe(map.cards.find((c: { title: string }) => c.title === 'Closed').id);
    // Another template gets no set.
    const other = await http.createMap('Plain', 'support');
    expect((await http.get(`/api/maps/${other}/observations`)).body.sets).toEqual([]);
  });
});
