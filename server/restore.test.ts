import { describe, expect, it } from 'vitest';
import {
  addCard,
  deleteCard,
  readMap,
  markRestore,
  readRestoreMark,
  updateStage,
  type MapState,
} from '../src/doc/index.ts';
import { join } from './test/participants.ts';
import { api, startServer, useResources, waitFor, type Client } from './test/helpers.ts';
import { namedClient, versionApi, versionSetup } from './test/versions.ts';

/* Restore: the live map becomes the version as a new edit; nobody is disconnected or rewound. */

const res = useResources();

/** Records every status change of a client's connection from now on. */
function statuses(client: Client): string[] {
  const seen: string[] = [];
  client.provider.on('status', ({ status }: { status: string }) => seen.push(status));
  return seen;
}

describe('restoring a version', () => {
  it('brings every connected client to the version live, and can itself be undone', async () => {
    const { server, tokens, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const alice = await namedClient(res, server, id, 'Alice');
    const bob = await namedClient(res, server, id, 'Bob', tokens.editor);
    const aliceStatus = statuses(alice);
    const bobStatus = statuses(bob);
    const aliceSocket = alice.provider.ws;

    const saved = await versions.save({ name: 'Q3 steering review' });
    expect(saved.status).toBe(201);
    const atSave = (await versions.exportOf(saved.body.id)).body;

    // Bob deletes two cards (off the happy path, so that no connection goes with them); alice
    // adds one and renames a stage.
    const { cards, connections } = atSave as MapState;
    const unconnected = cards.filter(
      (c) => !connections.some((x) => x.from === c.id || x.to === c.id),
    );
    const [first, second] = unconnected;
    deleteCard(bob.doc, first!.id);
    deleteCard(bob.doc, second!.id);
    addCard(alice.doc, {
      stageId: atSave.stages[0].id,
      laneId: atSave.lanes[0].id,
      title: 'Added after the save',
    });
    updateStage(alice.doc, atSave.stages[0].id, { name: 'Discover' });
    await waitFor(() => expect(readMap(bob.doc)).toEqual(readMap(alice.doc)));
    const beforeRestore = readMap(alice.doc);
    expect(beforeRestore.cards).toHaveLength(atSave.cards.length - 1);

    const restored = await versions.restore(saved.body.id);
    expect(restored).toEqual({
      status: 200,
      body: { restoredFrom: saved.body.id, backupVersionId: expect.any(String) },
    });
    for (const client of [alice, bob])
      await waitFor(() => expect(readMap(client.doc)).toEqual(atSave));
    expect((await versions.current()).body).toEqual(atSave);
    // Received as an ordinary update: no reconnect, same socket.
    expect(aliceStatus).toEqual([]);
    expect(bobStatus).toEqual([]);
    expect(alice.provider.ws).toBe(aliceSocket);

    // The state just before the restore was kept, named after what was restored.
    const list = await versions.versions();
    const backup = list.find((v) => v.id === restored.body.backupVersionId)!;
    expect(backup).toMatchObject({
      name: 'Before restoring “Q3 steering review”',
      auto: false,
      summary: `Replaced by the restore: +1 card, −2 cards, stage '${atSave.stages[0].name}' renamed to 'Discover'`,
    });
    // Who edited since the save, in whichever order their edits reached the server.
    expect([...backup.authors].sort()).toEqual(['Alice', 'Bob']);
    expect((await versions.exportOf(backup.id)).body).toEqual(beforeRestore);
    // The restore is an entry of its own, newest, credited to whoever restored (here the
    // workspace key without a participant: a script), saying what it changed.
    expect(list[0]).toMatchObject({
      name: 'Restored “Q3 steering review”',
      auto: false,
      authors: ['Workspace member'],
      summary: `+2 cards, −1 card, stage 'Discover' renamed to '${atSave.stages[0].name}'`,
    });
    // Everyone connected can tell who restored what: the mark travels with the restore.
    for (const client of [alice, bob])
      expect(readRestoreMark(client.doc)).toMatchObject({
        version: 'Q3 steering review',
        by: 'Workspace member',
      });

    // Editing goes on as usual after a restore.
    updateStage(bob.doc, atSave.stages[1].id, { goal: 'Edited after the restore' });
    await waitFor(() => expect(readMap(alice.doc)).toEqual(readMap(bob.doc)));
    const afterEdit = readMap(alice.doc);
    expect(afterEdit.stages[1]!.goal).toBe('Edited after the restore');

    // Restoring the backup undoes the restore; the edit since is part of what it replaces.
    const undo = await versions.restore(backup.id);
    expect(undo.status).toBe(200);
    for (const client of [alice, bob]) {
      await waitFor(() => expect(readMap(client.doc)).toEqual(beforeRestore));
    }
    const undoBackup = (await versions.versions()).find((v) => v.id === undo.body.backupVersionId);
    expect(undoBackup).toMatchObject({ name: `Before restoring “${backup.name}”`, auto: false });
    expect((await versions.exportOf(undo.body.backupVersionId)).body).toEqual(afterEdit);
    expect(aliceStatus).toEqual([]);
    expect(bobStatus).toEqual([]);
  });

  it('credits a restore to the participant who made it, and says when it changed nothing', async () => {
    const { server, tokens, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const [created] = await versions.versions();
    const bob = await namedClient(res, server, id, 'Bob', tokens.editor);
    const { token } = await join(server, id, 'Alice', tokens.editor);
    const restore = (versionId: string) =>
      fetch(`http://localhost:${server.port}/api/maps/${id}/versions/${versionId}/restore`, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.editor}`, 'x-trailmap-participant': token },
      });

    expect((await restore(created!.id)).status).toBe(200);
    const [entry, backup] = await versions.versions();
    // An automatic version is named by its time, to the second.
    expect(entry!.name).toMatch(
      /^Restored “Automatic · \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d:\d\d UTC”$/,
    );
    expect(entry!.authors).toEqual(['Alice']);
    expect(backup!.summary).toMatch(/^Same as “.+”: the restore changed nothing$/);
    await waitFor(() => expect(readRestoreMark(bob.doc)?.by).toBe('Alice'));

    // A participant token of another map (or a forged one) is refused, and nothing restored.
    const { token: elsewhere } = await join(
      server,
      await api(server).createMap('Other'),
      'Mallory',
    );
    const refused = await fetch(
      `http://localhost:${server.port}/api/maps/${id}/versions/${created!.id}/restore`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens.editor}`, 'x-trailmap-participant': elsewhere },
      },
    );
    expect(refused.status).toBe(401);
    expect(await versions.versions()).toHaveLength(3);
  });

  it('refuses a restore mark written by a client: who restored what is the server’s to say', async () => {
    const { server, tokens, id } = await versionSetup(res);
    const versions = versionApi(server, id);
    const [created] = await versions.versions();
    expect((await versions.restore(created!.id)).status).toBe(200);
    const alice = await namedClient(res, server, id, 'Alice');
    const truth = readRestoreMark(alice.doc);
    expect(truth?.by).toBe('Workspace member');

    // Mallory's editor link lets her change any card, not claim that the CEO restored the map.
    const mallory = await namedClient(res, server, id, 'Mallory', tokens.editor);
    markRestore(mallory.doc, { version: 'Budget 2027', by: 'The CEO', at: Date.now() });
    await waitFor(() => expect(mallory.notices).toContain('Only the server records restores'));
    const fresh = await namedClient(res, server, id, 'Fresh');
    expect(readRestoreMark(fresh.doc)).toEqual(truth);
    expect(readRestoreMark(alice.doc)).toEqual(truth);
  });

  it('restores a map nobody has open, stored like any edit', async () => {
    const { dataDir, server, id } = await versionSetup(res, { unloadDelayMs: 20 });
    const versions = versionApi(server, id);
    const [created] = await versions.versions();
    const alice = await namedClient(res, server, id, 'Alice');
    const { cards } = readMap(alice.doc);
    for (const card of cards.slice(0, 5)) deleteCard(alice.doc, card.id);
    alice.provider.destroy();
    await waitFor(() => expect(server.rooms()).toEqual([]));
    expect((await versions.current()).body.cards).toHaveLength(cards.length - 5);

    const restored = await versions.restore(created!.id);
    expect(restored.status).toBe(200);
    await waitFor(() => expect(server.rooms()).toEqual([]));
    const target = (await versions.exportOf(created!.id)).body;
    expect((await versions.current()).body).toEqual(target);

    await server.close();
    const again = await startServer(res, { dataDir });
    expect((await versionApi(again, id).current()).body).toEqual(target);
    const late = await namedClient(res, again, id, 'Late');
    expect(readMap(late.doc)).toEqual(target);
  });
});
