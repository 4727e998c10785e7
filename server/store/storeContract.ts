import { describe, expect, it } from 'vitest';
import { integrationsContract } from './integrationsContract.ts';
import type { Ballot, RoundRecord, Store, VersionRecord } from './store.ts';

/*
 * The behaviour every Store backend must have, as one Vitest suite. A backend's test file
 * runs it with one line: `describeStore('sqlite', async () => openSqliteStore(dir))`.
 */

const bytes = (...values: number[]) => new Uint8Array(values);
const asArray = (data: Uint8Array | null) => (data ? [...data] : null);

const map = (id: string, at: number) => ({ id, title: `Map ${id}`, createdAt: at, updatedAt: at });

const version = (id: string, mapId: string, at: number, name: string | null): VersionRecord => ({
  id,
  mapId,
  name,
  note: '',
  auto: name === null,
  createdAt: at,
  authors: ['Ana'],
  summary: 'title changed',
});

const round = (id: string, mapId: string, at: number): RoundRecord => ({
  id,
  mapId,
  title: 'Biggest pain',
  cardIds: ['a', 'b'],
  perPerson: 2,
  revealed: false,
  closed: false,
  createdAt: at,
});

const limit = (r: RoundRecord, before: Ballot) =>
  Object.values(before).reduce((n, v) => n + v, 0) >= r.perPerson ? 'no-votes-left' : null;

/** Runs the store contract against stores made by `open` (a fresh, empty store each test). */
export function describeStore(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    const fresh = async () => {
      const store = await open();
      await store.maps.create(map('m1', 1000), bytes(1, 2), bytes(9));
      return store;
    };

    integrationsContract(fresh);

    it('creates, lists (most recently edited first), reads and deletes maps', async () => {
      const store = await fresh();
      await store.maps.create(map('m2', 2000), bytes(3), bytes(9));
      expect(await store.maps.get('m1')).toEqual(map('m1', 1000));
      expect(await store.maps.get('nope')).toBeNull();
      expect((await store.maps.list()).map((m) => m.id)).toEqual(['m2', 'm1']);
      await store.log.append('m1', [bytes(7)], { mapId: 'm1', at: 3000, title: 'Renamed' });
      expect(await store.maps.list()).toEqual([
        { id: 'm1', title: 'Renamed', createdAt: 1000, updatedAt: 3000 },
        map('m2', 2000),
      ]);
      await store.log.append('m1', [bytes(8)], { mapId: 'm1', at: 4000 });
      expect((await store.maps.get('m1'))?.updatedAt).toBe(4000);
      expect(await store.maps.delete('m2', ['m2'])).toBe(true);
      expect(await store.maps.delete('m2', ['m2'])).toBe(false);
      expect((await store.maps.list()).map((m) => m.id)).toEqual(['m1']);
      await store.close();
    });

    it('logs updates in order after the initial snapshot, in batches', async () => {
      const store = await fresh();
      const initial = await store.log.load('m1');
      expect(asArray(initial.snapshot)).toEqual([1, 2]);
      expect(asArray(initial.snapshotVector)).toEqual([9]);
      expect(initial.updates).toEqual([]);
      const first = await store.log.append('m1', [bytes(10), bytes(11)]);
      const second = await store.log.append('m1', [bytes(12)]);
      expect(second).toBeGreaterThan(first);
      const loaded = await store.log.load('m1');
      expect(loaded.updates.map(asArray)).toEqual([[10], [11], [12]]);
      expect(loaded.lastSeq).toBe(second);
      expect(loaded.snapshotSeq).toBe(0);
      const tail = await store.log.tail('m1');
      expect(tail.snapshotSeq).toBe(0);
      expect(tail.updates.map((u) => asArray(u.update))).toEqual([[10], [11], [12]]);
      expect(tail.updates.at(-1)?.seq).toBe(second);
      // Rooms of one map keep apart.
      await store.log.append('m1.comments', [bytes(20)]);
      expect((await store.log.load('m1.comments')).updates.map(asArray)).toEqual([[20]]);
      expect((await store.log.load('m1')).updates).toHaveLength(3);
      await store.close();
    });

    it('compacts exactly the covered updates, only over the snapshot it was built on', async () => {
      const store = await fresh();
      const a = await store.log.append('m1', [bytes(10)]);
      const b = await store.log.append('m1', [bytes(11)]);
      const c = await store.log.append('m1', [bytes(12)]);
      // Built on the map as created (snapshot 0), covering a and c but not b (not seen yet).
      const first = { state: bytes(5, 5), vector: bytes(6), covered: [a, c], after: 0 };
      expect(await store.log.compact('m1', first)).toBe(true);
      let loaded = await store.log.load('m1');
      expect(asArray(loaded.snapshot)).toEqual([5, 5]);
      expect(asArray(loaded.snapshotVector)).toEqual([6]);
      expect(loaded.updates.map(asArray)).toEqual([[11]]);
      expect(loaded.snapshotSeq).toBe(c);
      expect((await store.log.tail('m1')).snapshotSeq).toBe(c);
      // A slower process built on the old snapshot: refused, nothing changes.
      const stale = { state: bytes(1), vector: bytes(1), covered: [b], after: 0 };
      expect(await store.log.compact('m1', stale)).toBe(false);
      expect((await store.log.load('m1')).updates.map(asArray)).toEqual([[11]]);
      // Built on the current one, it goes through.
      const next = { state: bytes(7), vector: bytes(8), covered: [b], after: c };
      expect(await store.log.compact('m1', next)).toBe(true);
      loaded = await store.log.load('m1');
      expect(asArray(loaded.snapshot)).toEqual([7]);
      expect(loaded.updates).toEqual([]);
      expect(loaded.snapshotSeq).toBe(c);
      await store.close();
    });

    it('keeps share links by token hash, per map', async () => {
      const store = await fresh();
      const link = {
        id: 'l1',
        mapId: 'm1',
        role: 'viewer' as const,
        history: false,
        tokenHash: 'h1',
        createdAt: 5,
      };
      await store.links.create(link);
      await store.links.create({
        ...link,
        history: true,
        id: 'l2',
        role: 'commenter',
        tokenHash: 'h2',
        createdAt: 6,
      });
      expect(await store.links.find('h1')).toEqual(link);
      expect((await store.links.find('h2'))?.history).toBe(true);
      expect(await store.links.find('nope')).toBeNull();
      expect((await store.links.list('m1')).map((l) => l.id)).toEqual(['l1', 'l2']);
      expect(await store.links.delete('other-map', 'l1')).toBe(false);
      expect(await store.links.delete('m1', 'l1')).toBe(true);
      expect(await store.links.find('h1')).toBeNull();
      await store.close();
    });

    it('keeps versions with their states, newest first', async () => {
      const store = await fresh();
      await store.versions.create(version('v1', 'm1', 10, null), bytes(1));
      await store.versions.create(version('v2', 'm1', 20, 'Kept'), bytes(2));
      await store.versions.create(version('v3', 'm1', 20, null), bytes(3));
      expect((await store.versions.list('m1')).map((v) => v.id)).toEqual(['v3', 'v2', 'v1']);
      expect(await store.versions.get('m1', 'v2')).toEqual(version('v2', 'm1', 20, 'Kept'));
      expect(await store.versions.get('other', 'v2')).toBeNull();
      expect(asArray(await store.versions.state('m1', 'v2'))).toEqual([2]);
      const latest = await store.versions.latest('m1');
      expect(latest?.version.id).toBe('v3');
      expect(asArray(latest?.state ?? null)).toEqual([3]);
      expect(await store.versions.delete('m1', ['v1', 'v3', 'nope'])).toBe(2);
      expect((await store.versions.list('m1')).map((v) => v.id)).toEqual(['v2']);
      await store.close();
    });

    it('counts votes under the caller’s rule, in one transaction', async () => {
      const store = await fresh();
      const votes = store.votes;
      expect(await votes.createRound(round('r1', 'm1', 1))).toEqual([]);
      // Opening another round closes the open one.
      expect(await votes.createRound(round('r2', 'm1', 2))).toEqual(['r1']);
      expect((await votes.currentRound('m1'))?.id).toBe('r2');
      expect((await votes.getRound('m1', 'r1'))?.closed).toBe(true);

      const ballot = { mapId: 'm1', roundId: 'r2', voterHash: 'ann', cardId: 'a' };
      const results = await Promise.all([1, 2, 3].map(() => votes.change('cast', ballot, limit)));
      // Which request loses depends on the engine's scheduling; that exactly one does, not.
      expect(results.filter((r) => r.ok)).toHaveLength(2);
      expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'no-votes-left' }]);
      await votes.change('cast', { ...ballot, voterHash: 'bob', cardId: 'b' }, limit);
      expect(await votes.ballot('m1', 'r2', 'ann')).toEqual({ a: 2 });
      expect(await votes.tally('r2')).toEqual({ totals: { a: 2, b: 1 }, voters: 2, cast: 3 });
      const taken = await votes.change('retract', ballot, () => null);
      expect(taken).toMatchObject({ ok: true, ballot: { a: 1 } });
      expect(await votes.change('cast', { ...ballot, roundId: 'nope' }, limit)).toEqual({
        ok: false,
        reason: 'no-round',
      });
      expect((await votes.setFlag('m1', 'r2', 'revealed'))?.revealed).toBe(true);
      expect(await votes.setFlag('m1', 'nope', 'closed')).toBeNull();
      await store.close();
    });

    it('keeps participants and an audit trail per map', async () => {
      const store = await fresh();
      const ann = {
        id: 'p1',
        mapId: 'm1',
        linkId: 'l1',
        name: 'Ann',
        color: '#111111',
        createdAt: 7,
      };
      await store.participants.create(ann);
      expect(await store.participants.get('m1', 'p1')).toEqual(ann);
      expect(await store.participants.get('other', 'p1')).toBeNull();
      expect(await store.participants.rename('m1', 'p1', 'Ann B.', '#222222')).toBe(true);
      expect(await store.participants.rename('m1', 'nope', 'x', '#222222')).toBe(false);
      expect(await store.participants.get('m1', 'p1')).toMatchObject({ name: 'Ann B.' });
      const entry = {
        mapId: 'm1',
        participantId: 'p1',
        linkId: 'l1',
        action: 'vote.cast',
        target: 'r/c',
        at: 9,
      };
      await store.audit.append(entry);
      await store.audit.append({ ...entry, action: 'vote.retract', at: 10 });
      expect((await store.audit.list('m1')).map((e) => e.action)).toEqual([
        'vote.cast',
        'vote.retract',
      ]);
      expect((await store.audit.list('m1'))[0]).toEqual(entry);
      await store.close();
    });

    it('keeps observation sets with their aggregates, newest first, per map', async () => {
      const store = await fresh();
      await store.maps.create(map('m2', 2000), bytes(3), bytes(9));
      await store.maps.create(map('m3', 3000), bytes(3), bytes(9));
      const set = (id: string, mapId: string, at: number) => ({
        id,
        mapId,
        name: `Set ${id}`,
        source: 'log.csv',
        cases: 3,
        events: 7,
        activities: 2,
        from: '2024-01-01T00:00:00.000Z',
        to: null,
        createdAt: at,
        createdBy: 'p1',
        importMs: 12,
      });
      const json = new TextEncoder().encode('{"transitions":[]}');
      await store.observations.create(set('o1', 'm1', 10), json);
      await store.observations.create(set('o2', 'm1', 20), bytes(1, 2, 3));
      await store.observations.create(set('o3', 'm2', 30), bytes(4));
      expect((await store.observations.list('m1')).map((o) => o.id)).toEqual(['o2', 'o1']);
      expect(await store.observations.get('m1', 'o1')).toEqual(set('o1', 'm1', 10));
      expect(await store.observations.get('m2', 'o1')).toBeNull();
      expect(asArray(await store.observations.data('m1', 'o1'))).toEqual([...json]);
      expect(await store.observations.data('m2', 'o1')).toBeNull();
      expect(await store.observations.delete('m2', 'o1')).toBe(false);
      expect(await store.observations.delete('m1', 'o1')).toBe(true);
      expect((await store.observations.list('m1')).map((o) => o.id)).toEqual(['o2']);
      expect(await store.maps.delete('m1', ['m1'])).toBe(true);
      expect(await store.observations.list('m1')).toEqual([]);
      expect((await store.observations.list('m2')).map((o) => o.id)).toEqual(['o3']);
      // Ids are per map: another map may have a set of the same id.
      await store.observations.create(set('o3', 'm3', 40), bytes(6));
      await store.close();
    });

    it('deletes a map with its rooms, links, versions and votes', async () => {
      const store = await fresh();
      await store.log.append('m1', [bytes(10)]);
      await store.log.append('m1.comments', [bytes(11)]);
      await store.links.create({
        id: 'l1',
        mapId: 'm1',
        history: false,
        role: 'viewer',
        tokenHash: 'h',
        createdAt: 1,
      });
      await store.versions.create(version('v1', 'm1', 10, 'Kept'), bytes(1));
      await store.votes.createRound(round('r1', 'm1', 1));
      await store.participants.create({
        id: 'p1',
        mapId: 'm1',
        linkId: null,
        name: 'A',
        color: '#000000',
        createdAt: 1,
      });
      await store.audit.append({
        mapId: 'm1',
        participantId: 'p1',
        linkId: null,
        action: 'x',
        target: 'y',
        at: 1,
      });
      expect(await store.maps.delete('m1', ['m1', 'm1.comments'])).toBe(true);
      for (const room of ['m1', 'm1.comments']) {
        const data = await store.log.load(room);
        expect([data.snapshot, data.updates.length]).toEqual([null, 0]);
      }
      expect(await store.links.find('h')).toBeNull();
      expect(await store.versions.list('m1')).toEqual([]);
      expect(await store.votes.getRound('m1', 'r1')).toBeNull();
      expect(await store.participants.get('m1', 'p1')).toBeNull();
      expect(await store.audit.list('m1')).toEqual([]);
      await store.close();
    });
  });
}
