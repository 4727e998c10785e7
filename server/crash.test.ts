import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, readMap } from '../src/doc/index.ts';
import { spawnServer } from './test/childServer.ts';
import { api, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';

const res = useResources();

/** Whether `doc` has everything described by `stateVector`. */
function covers(doc: Y.Doc, stateVector: Map<number, number>): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc));
  return [...stateVector].every(([client, clock]) => (have.get(client) ?? 0) >= clock);
}

describe('crash safety', () => {
  it('keeps every update a client saw when the server is killed mid-burst', async () => {
    const dataDir = await tempDir(res);
    // A small COMPACT_EVERY so that compactions run during the burst too.
    const env = { DATA_DIR: dataDir, COMPACT_EVERY: '15' };
    const first = await spawnServer(res, env);
    const id = await api(first).createMap('Crash test', 'blank');
    const writer = await syncedClient(res, first, id);
    const observer = await syncedClient(res, first, id);
    const { stages, lanes } = readMap(writer.doc);

    // The writer edits as fast as the event loop lets it until told to stop.
    let writing = true;
    let written = 0;
    const burst = (async () => {
      while (writing) {
        const cell = { stageId: stages[written % 3]!.id, laneId: lanes[written % 4]!.id };
        addCard(writer.doc, { ...cell, title: `card ${written++}` });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    await waitFor(() => expect(readMap(observer.doc).cards.length).toBeGreaterThanOrEqual(150));
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    writing = false;
    await burst;
    // Whatever was still in flight to the observer has been handled once it saw the drop.
    await waitFor(() => expect(observer.provider.wsconnected).toBe(false));

    const seen = readMap(observer.doc);
    const seenState = Y.decodeStateVector(Y.encodeStateVector(observer.doc));
    // Neither client may help the restarted server: only the disk counts.
    writer.provider.destroy();
    observer.provider.destroy();
    expect(written).toBeGreaterThan(seen.cards.length);

    const second = await spawnServer(res, env);
    const fresh = await syncedClient(res, second, id);
    expect(covers(fresh.doc, seenState)).toBe(true);
    const after = readMap(fresh.doc);
    const afterIds = new Set(after.cards.map((card) => card.id));
    expect(seen.cards.filter((card) => !afterIds.has(card.id))).toEqual([]);
    expect(after.stages).toEqual(seen.stages);

    // A graceful stop this time: SIGTERM compacts, closes and exits 0.
    fresh.provider.destroy();
    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const third = await spawnServer(res, env);
    const last = await syncedClient(res, third, id);
    expect(readMap(last.doc)).toEqual(after);
  });
});
