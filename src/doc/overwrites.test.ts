import { describe, expect, it } from 'vitest';
import { replicaOf, send, templateDoc } from './fixtures.ts';
import { readMap, reapply, setMeta, updateCard, watchOverwrites, type Overwrite } from './index.ts';

/** Alice and Bob on one map, each told of overwrites. */
function pair() {
  const alice = templateDoc();
  const bob = replicaOf(alice);
  const told = { alice: [] as Overwrite[], bob: [] as Overwrite[] };
  watchOverwrites(alice, (o) => told.alice.push(o));
  watchOverwrites(bob, (o) => told.bob.push(o));
  const card = readMap(alice).cards[0]!;
  return { alice, bob, told, card };
}

const sync = (a: Parameters<typeof send>[0], b: Parameters<typeof send>[0]) => {
  send(a, b, 'remote');
  send(b, a, 'remote');
};

describe('overwritten edits', () => {
  it('tells the one whose concurrent value lost, what they had and what replaced it', () => {
    const { alice, bob, told, card } = pair();
    updateCard(alice, card.id, { title: 'Alice’s title' });
    updateCard(bob, card.id, { title: 'Bob’s title' });
    sync(alice, bob);

    const winner = readMap(alice).cards[0]!.title;
    expect(readMap(bob).cards[0]!.title).toBe(winner);
    const [loser, other] = winner === 'Bob’s title' ? ['alice', 'bob'] : ['bob', 'alice'];
    const loserDoc = loser === 'alice' ? alice : bob;
    const winnerDoc = loser === 'alice' ? bob : alice;
    expect(told[other as 'alice' | 'bob']).toEqual([]);
    expect(told[loser as 'alice' | 'bob']).toEqual([
      {
        collection: 'cards',
        id: card.id,
        field: 'title',
        mine: loser === 'alice' ? 'Alice’s title' : 'Bob’s title',
        theirs: winner,
        byClient: winnerDoc.clientID,
        at: expect.any(Number),
      },
    ]);

    // One click brings the lost value back, for everyone, and nobody is told of a conflict.
    expect(reapply(loserDoc, told[loser as 'alice' | 'bob'][0]!)).toBe(true);
    sync(alice, bob);
    expect(readMap(winnerDoc).cards[0]!.title).not.toBe(winner);
    expect(told[other as 'alice' | 'bob']).toEqual([]);
  });

  it('says nothing of an edit made after seeing yours, nor of other fields', () => {
    const { alice, bob, told, card } = pair();
    updateCard(alice, card.id, { title: 'First' });
    sync(alice, bob);
    updateCard(bob, card.id, { title: 'Second, knowingly' });
    updateCard(bob, card.id, { channel: 'email' });
    sync(alice, bob);
    expect(readMap(alice).cards[0]!.title).toBe('Second, knowingly');
    expect(told).toEqual({ alice: [], bob: [] });
  });

  it('covers the map’s own fields, and edits made offline', () => {
    const { alice, bob, told } = pair();
    // Offline: both keep editing; the updates meet only later.
    setMeta(alice, { title: 'Alice’s map' });
    setMeta(alice, { purpose: 'Alice’s purpose' });
    setMeta(bob, { title: 'Bob’s map' });
    sync(alice, bob);
    const lost = [...told.alice, ...told.bob];
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ collection: 'meta', id: null, field: 'title' });
    expect(readMap(bob).meta.purpose).toBe('Alice’s purpose');
  });
});
