import { describe, expect, it } from 'vitest';
import { api, startServer, tempDir, useResources } from './test/helpers.ts';

/* POST /api/maps/import and GET /api/maps/:id/export?format=mermaid with Mermaid journeys. */

const res = useResources();

const JOURNEY =
  'journey\n  title Renting a flat\n  section Search\n    Scroll listings: 2: Mia\n    Visit: 4: Mia, Leo\n  section Sign\n    Sign lease: 5\n';

async function setup() {
  const server = await startServer(res, { dataDir: await tempDir(res) });
  return { server, key: api(server) };
}

async function postMermaid(port: number, key: string, text: string) {
  const response = await fetch(`http://localhost:${port}/api/maps/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/vnd.mermaid' },
    body: text,
  });
  return { status: response.status, body: await response.json() };
}

interface Exported {
  stages: { id: string; order: string }[];
  cards: { stageId: string; order: string; title: string }[];
}

/** The card titles stage by stage, stages and each stage's cards by their order keys. */
const byOrder = (a: { order: string }, b: { order: string }) =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
const inJourneyOrder = (map: Exported) =>
  [...map.stages].sort(byOrder).flatMap((stage) =>
    map.cards
      .filter((c) => c.stageId === stage.id)
      .sort(byOrder)
      .map((c) => c.title),
  );

describe('Mermaid over HTTP', () => {
  it('imports text/vnd.mermaid into a new map and exports it back', async () => {
    const { server, key } = await setup();
    const made = await postMermaid(server.port, server.workspaceKey, JOURNEY);
    expect(made).toMatchObject({ status: 201, body: { title: 'Renting a flat', problems: [] } });
    const map = (await key.get(`/api/maps/${made.body.id}/export`)).body;
    expect(map.stages.map((s: { name: string }) => s.name)).toEqual(['Search', 'Sign']);
    // Stored in order of first appearance: the document keeps the import's order.
    expect(map.personas.map((p: { name: string }) => p.name)).toEqual(['Mia', 'Leo', 'Customer']);
    const exported = await fetch(
      `http://localhost:${server.port}/api/maps/${made.body.id}/export?format=mermaid`,
      { headers: { authorization: `Bearer ${server.workspaceKey}` } },
    );
    expect(exported.headers.get('content-type')).toMatch(/^text\/vnd\.mermaid/);
    const text = await exported.text();
    expect(text).toContain('Visit: 4: Mia, Leo');
    const again = await postMermaid(server.port, server.workspaceKey, text);
    const copy = (await key.get(`/api/maps/${again.body.id}/export`)).body;
    // Cards in journey order (the export lists entries by id, which says nothing of order).
    expect(inJourneyOrder(copy)).toEqual(inJourneyOrder(map));
    expect(inJourneyOrder(map)).toEqual(['Scroll listings', 'Visit', 'Sign lease']);
  });

  it('takes a JSON body with a format field, and reports problems with their lines', async () => {
    const { key } = await setup();
    const made = await key.post('/api/maps/import', {
      format: 'mermaid',
      text: 'journey\nsection S\n  Great: 7: Me\n  Odd: x',
    });
    expect(made.status).toBe(201);
    expect(made.body.problems).toEqual([
      'Line 3: “Great”: score 7 is outside 1…5 or not whole; taken as 5',
      'Line 4: “Odd”: score “x” is not a number; the card is kept without one',
    ]);
  });

  it('refuses what is not a journey, and stores nothing', async () => {
    const { server, key } = await setup();
    const before = (await key.get('/api/maps')).body.maps.length;
    const refused = await postMermaid(server.port, server.workspaceKey, 'graph TD\n A-->B');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('Not a Mermaid journey');
    expect((await key.post('/api/maps/import', { format: 'mermaid' })).status).toBe(400);
    expect((await key.get('/api/maps')).body.maps.length).toBe(before);
  });
});
