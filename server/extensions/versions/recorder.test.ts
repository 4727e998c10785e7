import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMapDoc, readMap, setMeta, templateMap, writeMap } from '../../../src/doc/index.ts';
import { testStore } from '../../test/engine.ts';
import { tempDir, useResources } from '../../test/helpers.ts';
import { createRecorder } from './recorder.ts';
import { readState } from './states.ts';

/* The recorder over a real SQLite store, with a clock the test moves. */

const res = useResources();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MAP = 'map-one';

async function setup() {
  const store = res.track(await testStore(await tempDir(res)), (s) => s.close());
  const clock = { now: Date.parse('2026-01-01T09:00:00Z') };
  const recorder = createRecorder(store, () => clock.now);
  const doc = res.track(createMapDoc(), (d) => d.destroy());
  writeMap(doc, templateMap('ecommerce')!);
  const at = clock.now;
  await store.maps.create(
    { id: MAP, title: 'One', createdAt: at, updatedAt: at },
    Y.encodeStateAsUpdate(doc),
    Y.encodeStateVector(doc),
  );
  let edits = 0;
  return {
    store,
    clock,
    doc,
    /** Changes the map (so that an automatic version has something to record). */
    edit: () => setMeta(doc, { title: `Edit ${++edits}` }),
    auto: () => recorder.record(MAP, doc, { name: null, note: '', auto: true, authors: ['Ana'] }),
    named: (name: string) =>
      recorder.record(MAP, doc, { name, note: '', auto: false, authors: [] }),
  };
}

describe('the version recorder', () => {
  it('stores the full state, summarised against the version before', async () => {
    const { store, doc, edit, auto, named } = await setup();
    const { stages, cards } = readMap(doc);
    expect(await auto()).toMatchObject({
      summary: `First version: ${stages.length} stages, ${cards.length} cards`,
    });
    expect(await auto()).toBeNull();
    edit();
    const second = (await auto())!;
    expect(second).toMatchObject({ auto: true, authors: ['Ana'], summary: 'title changed' });
    expect(readState((await store.versions.state(MAP, second.id))!)).toEqual(readMap(doc));
    expect((await store.versions.latest(MAP))?.version).toEqual(second);
    // A named version is stored even when nothing changed.
    expect(await named('Kept')).toMatchObject({ name: 'Kept', auto: false, summary: 'No changes' });
    expect((await store.versions.list(MAP)).map((v) => v.name)).toEqual(['Kept', null, null]);
  });

  it('thins automatic versions with age and never a named one', async () => {
    const { store, clock, edit, auto, named } = await setup();
    const keep: string[] = [];
    // Two months of editing: a version every 6 hours, a named one every fifth day.
    for (let hour = 0; hour < 60 * 24; hour += 6) {
      edit();
      await auto();
      if (hour % (5 * 24) === 0) keep.push((await named(`Day ${hour / 24}`))!.id);
      clock.now += 6 * HOUR;
    }
    const left = await store.versions.list(MAP);
    const ids = new Set(left.map((v) => v.id));
    expect(keep.every((id) => ids.has(id))).toBe(true);
    const autos = left.filter((v) => v.auto);
    // Last day: all 4; then one a day for a month; then one a week.
    expect(autos.filter((v) => clock.now - v.createdAt <= DAY).length).toBeGreaterThanOrEqual(4);
    expect(autos.length).toBeLessThan(4 + 31 + 6);
    expect(autos.length).toBeGreaterThan(4 + 28 + 3);
  });

  it('goes with the map when the map is deleted', async () => {
    const { store, auto, named } = await setup();
    await auto();
    await named('Doomed');
    expect(await store.versions.list(MAP)).toHaveLength(2);
    expect(await store.maps.delete(MAP, [MAP])).toBe(true);
    expect(await store.versions.list(MAP)).toEqual([]);
    expect(await store.versions.latest(MAP)).toBeNull();
  });
});
