import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../src/observed/log/analyseText.ts';
import { OBSERVATION_SET_TYPE } from '../../../src/observed/log/types.ts';
import { api, startServer, tempDir, useResources, type Target } from '../../test/helpers.ts';

/* A set parsed in the browser's worker is sent as figures: checked field by field, then kept. */

const res = useResources();

const CSV = `case_id,activity,timestamp
c1,Sign up,2024-01-01T09:00:00Z
c1,Verify email,2024-01-01T09:05:00Z
c2,Sign up,2024-01-02T09:00:00Z
`;

async function* once(text: string) {
  yield text;
}

async function post(target: Target, mapId: string, body: string) {
  const response = await fetch(
    `http://localhost:${target.port}/api/maps/${mapId}/observations?name=Jan&source=jan.csv`,
    {
      method: 'POST',
      headers: {
        authorization: `Bearer ${target.workspaceKey}`,
        'content-type': OBSERVATION_SET_TYPE,
      },
      body,
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('observation sets parsed in the browser', () => {
  it('are stored like an uploaded log; a tampered one is refused and nothing is stored', async () => {
    const server = await startServer(res, { dataDir: await tempDir(res) });
    const http = api(server);
    const id = await http.createMap('Sign-up journey', 'saas');
    const { data, ...counts } = await analyseText(once(CSV), {});
    const good = JSON.stringify({ ...counts, parseMs: 12, data });

    const created = await post(server, id, good);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Jan',
      source: 'jan.csv',
      cases: 2,
      events: 3,
      activities: 2,
    });
    const set = (await http.get(`/api/maps/${id}/observations/${String(created.body.id)}`)).body;
    expect(set.transitions).toEqual([{ from: 'Sign up', to: 'Verify email', count: 1, cases: 1 }]);

    const tampered = [
      [JSON.stringify({ ...counts, cases: -1, data }), 'cases must be a whole number'],
      [JSON.stringify({ ...counts, activities: 5, data }), 'activities says 5'],
      [
        JSON.stringify({
          ...counts,
          data: { ...data, variants: [{ activities: ['A', 'B'], cases: 1, gaps: [] }] },
        }),
        'data.variants[0].gaps must have one gap per step',
      ],
      ['{"cases":', 'not JSON'],
    ] as const;
    for (const [body, message] of tampered) {
      const refused = await post(server, id, body);
      expect(refused.status).toBe(400);
      expect(String(refused.body.error)).toContain(message);
    }
    const list = await http.get(`/api/maps/${id}/observations`);
    expect(list.body.sets).toHaveLength(1);
  });
});
