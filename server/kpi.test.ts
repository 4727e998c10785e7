import { describe, expect, it } from 'vitest';
import { addKpi, readMap, updateKpi } from '../src/doc/index.ts';
import { watchedStore } from './test/stores.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

/* PUT /api/maps/:id/kpis/:kpiId/current: data pipelines set KPI values on the live map. */

const res = useResources();

async function setup(config: { unloadDelayMs?: number } = {}) {
  const dataDir = await tempDir(res);
  const { store, sqlite, appended } = await watchedStore(dataDir);
  const server = await startServer(res, { dataDir, store, ...config });
  const http = api(server);
  const id = await http.createMap('Onboarding', 'blank');
  // The KPI is made the way the app makes one: by a client editing the document.
  const author = await syncedClient(res, server, id);
  const kpiId = addKpi(
    author.doc,
    { name: 'Activation rate', unit: '%', target: 40, current: 31 },
    '2026-01-05T00:00:00.000Z',
  );
  await waitFor(async () =>
    expect((await http.get(`/api/maps/${id}/export`)).body.kpis).toHaveLength(1),
  );
  author.provider.destroy();
  return { dataDir, sqlite, appended, server, http, id, kpiId };
}

const kpiOf = (doc: Parameters<typeof readMap>[0], id: string) =>
  readMap(doc).kpis.find((k) => k.id === id);

describe('KPI endpoint', () => {
  it('sets the current value, appends it to the history, and shows it live', async () => {
    const { dataDir, server, http, id, kpiId } = await setup();
    const alice = await syncedClient(res, server, id);
    const editorToken = (await http.createLink(id, 'editor')).token;
    const viewerToken = (await http.createLink(id, 'viewer')).token;
    const viewer = await syncedClient(res, server, id, viewerToken);

    const response = await http.put(`/api/maps/${id}/kpis/${kpiId}/current`, { value: 34.5 });
    expect(response).toEqual({
      status: 200,
      body: { kpiId, current: 34.5, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) },
    });
    for (const client of [alice, viewer]) {
      await waitFor(() =>
        expect(kpiOf(client.doc, kpiId)).toMatchObject({
          current: 34.5,
          history: [
            { at: '2026-01-05T00:00:00.000Z', value: 31 },
            { at: response.body.at, value: 34.5, source: 'api' },
          ],
        }),
      );
    }

    // An editor link may push values too; the pipeline needs no workspace key.
    const byEditor = await api(server, editorToken).put(`/api/maps/${id}/kpis/${kpiId}/current`, {
      value: 2,
    });
    expect(byEditor.status).toBe(200);
    await waitFor(() => expect(kpiOf(alice.doc, kpiId)?.current).toBe(2));
    expect(kpiOf(alice.doc, kpiId)?.history.map((h) => h.value)).toEqual([31, 34.5, 2]);
    // Pushed values say where they came from; the first was recorded in the app.
    expect(kpiOf(alice.doc, kpiId)?.history.map((h) => h.source)).toEqual(['manual', 'api', 'api']);

    // Stored like any update.
    const expected = readMap(alice.doc);
    alice.provider.destroy();
    viewer.provider.destroy();
    await server.close();
    const again = await startServer(res, { dataDir });
    expect((await api(again).get(`/api/maps/${id}/export`)).body).toEqual(expected);
  });

  it('loads the map if nobody has it open, and unloads it again', async () => {
    const { server, http, id, kpiId } = await setup({ unloadDelayMs: 20 });
    await waitFor(() => expect(server.rooms()).toEqual([]));
    expect((await http.put(`/api/maps/${id}/kpis/${kpiId}/current`, { value: 7 })).status).toBe(
      200,
    );
    await waitFor(() => expect(server.rooms()).toEqual([]));
    const exported = (await http.get(`/api/maps/${id}/export`)).body;
    expect(exported.kpis[0]).toMatchObject({ current: 7 });
    expect(exported.kpis[0].history).toHaveLength(2);
  });

  it('refuses a missing map or KPI (404) and a value that is not a number (400), changing nothing', async () => {
    const { sqlite, appended, server, http, id, kpiId } = await setup();
    const alice = await syncedClient(res, server, id);
    let received = 0;
    alice.doc.on('update', (_update, origin) => {
      if (origin === alice.provider) received++;
    });
    const before = (await http.get(`/api/maps/${id}/export`)).body;
    const stored = await sqlite.log.load(id);
    const logged = appended.length;

    const path = `/api/maps/${id}/kpis/${kpiId}/current`;
    const cases: [string, () => ReturnType<typeof http.put>, number][] = [
      ['missing KPI', () => http.put(`/api/maps/${id}/kpis/NoSuchKpi/current`, { value: 1 }), 404],
      [
        'missing map',
        () => http.put(`/api/maps/NoSuchMap123/kpis/${kpiId}/current`, { value: 1 }),
        404,
      ],
      ['string', () => http.put(path, { value: '42' }), 400],
      ['null', () => http.put(path, { value: null }), 400],
      ['no value', () => http.put(path, {}), 400],
      ['array', () => http.put(path, [42]), 400],
      ['bare number', () => http.put(path, '42'), 400],
      ['infinity', () => http.put(path, '{"value": 1e999}'), 400],
      ['bad JSON', () => http.put(path, '{"value": '), 400],
      ['no body', () => http.put(path), 400],
      // A percentage is 0…100 unless the KPI says otherwise.
      ['below 0 %', () => http.put(path, { value: -5 }), 400],
      ['above 100 %', () => http.put(path, { value: 100.5 }), 400],
    ];
    for (const [name, send, status] of cases) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(response.body.error, name).toEqual(expect.any(String));
    }

    // A later good write arrives alone: nothing before it reached the client.
    expect((await http.put(path, { value: 50 })).status).toBe(200);
    await waitFor(() => expect(kpiOf(alice.doc, kpiId)?.current).toBe(50));
    expect(received).toBe(1);
    expect(appended.length).toBe(logged + 1);
    expect((await sqlite.log.load(id)).updates.slice(0, stored.updates.length)).toEqual(
      stored.updates,
    );
    const after = (await http.get(`/api/maps/${id}/export`)).body;
    expect(after.kpis[0].history.slice(0, -1)).toEqual(before.kpis[0].history);
    expect({ ...after, kpis: before.kpis }).toEqual(before);
  });

  it('refuses a value outside the valid range of the KPI with a message that names it', async () => {
    const { server, http, id, kpiId } = await setup();
    const path = `/api/maps/${id}/kpis/${kpiId}/current`;
    expect(await http.put(path, { value: -5 })).toEqual({
      status: 400,
      body: { error: '-5 is outside the valid range of KPI “Activation rate”: 0 to 100 %.' },
    });
    expect((await http.put(path, { value: 100 })).status).toBe(200);

    // The KPI's own range replaces the default one.
    const alice = await syncedClient(res, server, id);
    updateKpi(alice.doc, kpiId, { min: 10, max: 20 });
    await waitFor(async () =>
      expect((await http.get(`/api/maps/${id}/export`)).body.kpis[0]).toMatchObject({
        min: 10,
        max: 20,
      }),
    );
    expect(await http.put(path, { value: 25 })).toEqual({
      status: 400,
      body: { error: '25 is outside the valid range of KPI “Activation rate”: 10 to 20 %.' },
    });
    expect((await http.put(path, { value: 15 })).status).toBe(200);
    await waitFor(() => expect(kpiOf(alice.doc, kpiId)?.current).toBe(15));
    expect(kpiOf(alice.doc, kpiId)?.history.map((h) => h.value)).toEqual([31, 100, 15]);
  });
});
