import { describe, expect, it } from 'vitest';
import { replicaOf, send, templateDoc } from './fixtures.ts';
import {
  markOverwritten,
  readMap,
  readTrail,
  updateCard,
  updateStage,
  watchOverwrites,
  watchTrail,
  type MapDoc,
} from './index.ts';
import { KEPT } from './trail.ts';
import { createUndoHistory } from './undo.ts';

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
const sync = (a: MapDoc, b: MapDoc) => {
  send(a, b, 'remote');
  send(b, a, 'remote');
};

/** Alice and Bob on one map; each records their edits and marks what was overwritten. */
function pair() {
  const alice = templateDoc();
  const bob = replicaOf(alice);
  let clock = 1000;
  const now = () => clock++;
  for (const [doc, name] of [
    [alice, 'Alice'],
    [bob, 'Bob'],
  ] as const) {
    watchTrail(doc, () => name, now);
    watchOverwrites(doc, (o) => markOverwritten(doc, o, name, null), now);
  }
  return { alice, bob, card: readMap(alice).cards[0]!, stage: readMap(alice).stages[0]! };
}

describe('activity trail', () => {
  it('records who set a field to what, for everyone', async () => {
    const { alice, bob, card } = pair();
    updateCard(alice, card.id, { title: 'Pay' });
    updateCard(alice, card.id, { channel: 'email' });
    await settle();
    sync(alice, bob);
    const trail = readTrail(bob, 'cards', card.id);
    expect(trail.map((e) => [e.field, e.value, e.by, e.client])).toEqual([
      ['channel', 'email', 'Alice', alice.clientID],
      ['title', 'Pay', 'Alice', alice.clientID],
    ]);
  });

  it('marks the value an offline edit lost, with who replaced it, and both see both names', async () => {
    const { alice, bob, stage } = pair();
    // Offline: both rename the stage; the updates meet later.
    updateStage(alice, stage.id, { name: 'Adopt (Alice)' });
    updateStage(bob, stage.id, { name: 'Adopt (Bob)' });
    await settle();
    sync(alice, bob);
    await settle();
    sync(alice, bob);

    const winner = readMap(alice).stages[0]!.name;
    const [loserName, winnerDoc] = winner === 'Adopt (Bob)' ? ['Alice', bob] : ['Bob', alice];
    for (const doc of [alice, bob]) {
      const trail = readTrail(doc, 'stages', stage.id);
      expect(trail).toHaveLength(2);
      const lost = trail.find((e) => e.by === loserName)!;
      expect(lost.value).toBe(`Adopt (${loserName})`);
      expect(lost.overwrittenBy).toEqual({
        client: winnerDoc.clientID,
        name: null,
        at: expect.any(Number),
      });
      expect(trail.find((e) => e.by !== loserName)!.overwrittenBy).toBeUndefined();
    }
  });

  it(`keeps the newest ${KEPT} entries per field, and other fields apart`, async () => {
    const { alice, card } = pair();
    updateCard(alice, card.id, { channel: 'web' });
    for (let i = 1; i <= KEPT + 3; i++) {
      updateCard(alice, card.id, { title: `Title ${i}` });
      await settle();
    }
    const trail = readTrail(alice, 'cards', card.id);
    expect(trail.filter((e) => e.field === 'title').map((e) => e.value)).toEqual(
      [8, 7, 6, 5, 4].map((i) => `Title ${i}`),
    );
    expect(trail.filter((e) => e.field === 'channel')).toHaveLength(1);
  });

  it('does not record undo, remote edits, or fields without a trail', async () => {
    const { alice, bob, card } = pair();
    const undo = createUndoHistory(alice);
    updateCard(alice, card.id, { title: 'Kept' });
    updateCard(alice, card.id, { momentOfTruth: true });
    await settle();
    undo.undo();
    await settle();
    sync(alice, bob);
    await settle();
    expect(readTrail(bob, 'cards', card.id).map((e) => e.field)).toEqual([
      'momentOfTruth',
      'title',
    ]);
    expect(readTrail(alice, 'cards', card.id)).toHaveLength(2);
  });
});
