import { describe, expect, it } from 'vitest';
import { createConversions, type Conversions } from './conversion/index.ts';
import { bigMap } from './test/bigMap.ts';
import { api, startServer, tempDir, useResources, type Target } from './test/helpers.ts';

/*
 * Import and export conversions run off the event loop (issue 14, point 9). Measured without
 * clocks: while each conversion runs, the test counts /healthz answers the server completes. A
 * conversion on the main thread runs in one turn of the event loop, in which no answer can
 * complete, so the count is zero (the second test shows that); in a worker it is not.
 */

const res = useResources();

/** Conversions that count the /healthz answers completed while each real one ran. */
function watched(inner: Conversions) {
  const healthz = { answered: 0 };
  const windows: { job: string; answered: number }[] = [];
  const around = async <T>(job: string, run: () => Promise<T>) => {
    const before = healthz.answered;
    try {
      return await run();
    } finally {
      windows.push({ job, answered: healthz.answered - before });
    }
  };
  const conversions: Conversions = {
    importMap: (body) => around('import', () => inner.importMap(body)),
    exportMap: (parts) => around('export', () => inner.exportMap(parts)),
    close: () => inner.close(),
  };
  return { healthz, windows, conversions };
}

/** Asks for /healthz again and again until stopped, counting the answers. */
function pingHealthz(target: Target, healthz: { answered: number }) {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const response = await fetch(`http://localhost:${target.port}/healthz`);
      expect(await response.json()).toMatchObject({ ok: true });
      healthz.answered++;
      // A short pause: the point is to be answered, not to load the machine.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
  };
}

/** Imports `cards` cards, exports the map and its first version, pinging /healthz meanwhile. */
async function importAndExport(workers: number, cards: number) {
  const watch = watched(createConversions({ workers }));
  const server = await startServer(res, {
    dataDir: await tempDir(res),
    conversions: watch.conversions,
  });
  const http = api(server);
  const stop = pingHealthz(server, watch.healthz);
  try {
    const imported = await http.post('/api/maps/import', JSON.stringify(bigMap(cards)));
    expect(imported.status).toBe(201);
    const { id } = imported.body;
    expect((await http.get(`/api/maps/${id}/export`)).body.cards).toHaveLength(cards);
    const [first] = (await http.get(`/api/maps/${id}/versions`)).body.versions;
    const version = await http.get(`/api/maps/${id}/versions/${first.id}/export`);
    expect(version.body.cards).toHaveLength(cards);
  } finally {
    await stop();
  }
  return watch.windows;
}

describe('heavy conversions', () => {
  it('leave the server answering /healthz while a 20,000-card map is imported and exported', async () => {
    const windows = await importAndExport(1, 20_000);
    expect(windows.map((w) => w.job)).toEqual(['import', 'export', 'export']);
    for (const { job, answered } of windows) {
      expect(answered, `/healthz answers during the ${job}`).toBeGreaterThanOrEqual(5);
    }
    // Converting 20,000 cards three times takes a while on a busy machine.
  }, 120_000);

  it('would block it on the main thread: the same count is zero there', async () => {
    const windows = await importAndExport(0, 2_000);
    expect(windows).toEqual([
      { job: 'import', answered: 0 },
      { job: 'export', answered: 0 },
      { job: 'export', answered: 0 },
    ]);
  });
});
