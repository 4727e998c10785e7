import { describe, expect, it } from 'vitest';
import { addCard, readMap, readThreads, setMeta } from '../src/doc/index.ts';
import { testStore } from './test/engine.ts';
import { commenter } from './test/participants.ts';
import { storedBytes as stored, watchedStore } from './test/stores.ts';
import {
  genuineUpdate,
  rawClient,
  syncMessage,
  upgradeStatus,
  type RawClient,
} from './test/rawClient.ts';
import {
  api,
  startServer,
  syncedClient,
  tempDir,
  useResources,
  waitFor,
  type Client,
} from './test/helpers.ts';

/* The sync endpoint enforces roles: refused at the upgrade, or read-only on the socket. */

const res = useResources();

/** A server over a store that records which rooms had updates appended, and a map with links. */
async function setup() {
  const dataDir = await tempDir(res);
  const { store, sqlite, appended } = await watchedStore(dataDir);
  const logs: string[] = [];
  const server = await startServer(res, { dataDir, store, log: (line) => logs.push(line) });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  const tokens = {
    editor: (await http.createLink(id, 'editor')).token,
    commenter: (await http.createLink(id, 'commenter')).token,
    viewer: (await http.createLink(id, 'viewer')).token,
  };
  return { dataDir, sqlite, appended, logs, server, http, id, tokens };
}

/** Counts the document updates a client receives from the server. */
function countUpdates(client: Client): () => number {
  let count = 0;
  client.doc.on('update', (_update, origin) => {
    if (origin === client.provider) count++;
  });
  return () => count;
}

/** Sends one update as a sync update and as a sync step 2, then waits for both notices. */
async function attack(client: RawClient, update: Uint8Array): Promise<void> {
  const before = client.notices.length;
  client.socket.send(syncMessage(2, update));
  client.socket.send(syncMessage(1, update));
  await waitFor(() => expect(client.notices.length).toBe(before + 2));
}

describe('access at the sync endpoint', () => {
  it('refuses connections without a valid token for that map before any socket opens', async () => {
    const { server, http, id, tokens } = await setup();
    const other = await http.createMap('Another map');
    const otherEditor = (await http.createLink(other, 'editor')).token;
    const revoked = await http.createLink(id, 'editor');
    expect((await http.delete(`/api/maps/${id}/links/${revoked.id}`)).status).toBe(204);

    for (const room of [id, `${id}.comments`]) {
      const status = (token?: string) =>
        upgradeStatus(server.port, `/collab/${room}${token ? `?token=${token}` : ''}`);
      expect(await status(), `${room} without token`).toBe(401);
      expect(await status('not-a-real-token-at-all'), `${room} bad token`).toBe(401);
      expect(await status(revoked.token), `${room} revoked`).toBe(401);
      expect(await status(otherEditor), `${room} other map's link`).toBe(403);
      expect(await status(server.workspaceKey + 'x'), `${room} almost the key`).toBe(401);
      for (const token of [server.workspaceKey, ...Object.values(tokens)]) {
        expect(await status(token), room).toBe(101);
      }
    }
    // A link of this map does not open another map either.
    expect(await upgradeStatus(server.port, `/collab/${other}?token=${tokens.editor}`)).toBe(403);
  });

  it("drops a viewer's updates to both documents, but lets it read and send presence", async () => {
    const { dataDir, sqlite, appended, server, id, tokens } = await setup();
    const editor = await syncedClient(res, server, id);
    const editorNotes = await syncedClient(res, server, `${id}.comments`);
    const ann = await commenter(server, id, 'Ann');
    expect(
      (await ann.comments.start({ anchor: { kind: 'map' }, text: 'first thread' })).status,
    ).toBe(201);
    await waitFor(() => expect(appended).toEqual([`${id}.comments`]));
    const threads = readThreads(editorNotes.doc);

    const viewer = await syncedClient(res, server, id, tokens.viewer);
    const viewerNotes = await syncedClient(res, server, `${id}.comments`, tokens.viewer);
    // It reads both documents, and is told on connect that they are read-only for it.
    expect(readMap(viewer.doc)).toEqual(readMap(editor.doc));
    expect(readThreads(viewerNotes.doc)).toEqual(threads);
    await waitFor(() => expect(viewer.notices).toEqual(['read-only']));
    await waitFor(() => expect(viewerNotes.notices).toEqual(['read-only']));

    const exported = readMap(editor.doc);
    const content = await stored(sqlite, id);
    const comments = await stored(sqlite, `${id}.comments`);
    const editorUpdates = countUpdates(editor);
    const editorNoteUpdates = countUpdates(editorNotes);

    // The stock client edits its local copy as an unguarded UI would...
    const { stages, lanes } = readMap(viewer.doc);
    addCard(viewer.doc, { stageId: stages[0]!.id, laneId: lanes[0]!.id, title: 'Viewer card' });
    setMeta(viewer.doc, { title: 'Hijacked' });
    viewerNotes.doc.getMap('threads').set('t2', 'viewer thread');
    await waitFor(() => expect(viewer.notices).toEqual(['read-only', 'read-only', 'read-only']));
    await waitFor(() => expect(viewerNotes.notices).toEqual(['read-only', 'read-only']));
    // ...and a raw socket sends updates and sync steps 2 straight at both documents.
    const raw = await rawClient(res, server.port, id, tokens.viewer);
    const rawNotes = await rawClient(res, server.port, `${id}.comments`, tokens.viewer);
    await attack(raw, genuineUpdate('meta', 'title', 'Raw hijack'));
    await attack(rawNotes, genuineUpdate('threads', 't3', 'raw thread'));

    // Presence still flows; seeing it also means anything sent earlier has arrived.
    viewer.provider.awareness.setLocalStateField('user', { name: 'Vera' });
    viewerNotes.provider.awareness.setLocalStateField('user', { name: 'Vera' });
    await waitFor(() => {
      expect(editor.provider.awareness.getStates().get(viewer.doc.clientID)).toBeDefined();
      expect(
        editorNotes.provider.awareness.getStates().get(viewerNotes.doc.clientID),
      ).toBeDefined();
    });
    expect(editorUpdates()).toBe(0);
    expect(editorNoteUpdates()).toBe(0);
    expect(readMap(editor.doc)).toEqual(exported);
    expect(appended).toEqual([`${id}.comments`]);
    expect(await stored(sqlite, id)).toEqual(content);
    expect(await stored(sqlite, `${id}.comments`)).toEqual(comments);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);

    // After a restart, the stored map is byte for byte what it was.
    for (const client of [editor, editorNotes, viewer, viewerNotes]) client.provider.destroy();
    await server.close();
    const reopened = await testStore(dataDir);
    expect(await stored(reopened, id)).toEqual(content);
    await reopened.close();
    const again = await startServer(res, { dataDir });
    expect((await api(again).get(`/api/maps/${id}/export`)).body).toEqual(exported);
    const notes = await syncedClient(res, again, `${id}.comments`);
    expect(readThreads(notes.doc)).toEqual(threads);
  });

  it('lets a commenter comment through the API and write nothing over the socket', async () => {
    const { dataDir, sqlite, appended, server, id, tokens } = await setup();
    const editor = await syncedClient(res, server, id);
    const editorNotes = await syncedClient(res, server, `${id}.comments`);
    const commenterMap = await syncedClient(res, server, id, tokens.commenter);
    const commenterNotes = await syncedClient(res, server, `${id}.comments`, tokens.commenter);
    await waitFor(() => expect(commenterMap.notices).toEqual(['read-only']));
    await waitFor(() => expect(commenterNotes.notices).toEqual(['read-only']));

    const exported = readMap(editor.doc);
    const content = await stored(sqlite, id);
    const comments = await stored(sqlite, `${id}.comments`);
    const editorUpdates = countUpdates(editor);

    // Neither document may be written over the socket, whatever client it uses.
    setMeta(commenterMap.doc, { title: 'Renamed by a commenter' });
    commenterNotes.doc.getMap('threads').set('t1', 'written straight into the document');
    await waitFor(() => expect(commenterMap.notices).toEqual(['read-only', 'read-only']));
    await waitFor(() => expect(commenterNotes.notices).toEqual(['read-only', 'read-only']));
    const raw = await rawClient(res, server.port, id, tokens.commenter);
    await attack(raw, genuineUpdate('cards', 'c1', 'not a card'));
    expect(await stored(sqlite, `${id}.comments`)).toEqual(comments);

    // Its comments, sent through the API, are stored and reach everyone.
    const cleo = await commenter(server, id, 'Cleo', tokens.commenter);
    const started = await cleo.comments.start({
      anchor: { kind: 'map' },
      text: 'Why do people drop out here?',
    });
    expect(started.status).toBe(201);
    await waitFor(() =>
      expect(readThreads(editorNotes.doc).map((t) => t.messages[0]?.text)).toEqual([
        'Why do people drop out here?',
      ]),
    );
    expect(readThreads(editorNotes.doc)[0]?.messages[0]?.author).toEqual(cleo.participant);
    expect(appended).toEqual([`${id}.comments`]);

    // Its presence reaches the editor after anything the server could have relayed before.
    commenterMap.provider.awareness.setLocalStateField('user', { name: 'Cleo' });
    await waitFor(() =>
      expect(editor.provider.awareness.getStates().get(commenterMap.doc.clientID)).toBeDefined(),
    );
    expect(editorUpdates()).toBe(0);
    expect(readMap(editor.doc)).toEqual(exported);
    expect(await stored(sqlite, id)).toEqual(content);
    const threads = readThreads(editorNotes.doc);

    for (const client of [editor, editorNotes, commenterMap, commenterNotes]) {
      client.provider.destroy();
    }
    await server.close();
    const reopened = await testStore(dataDir);
    expect(await stored(reopened, id)).toEqual(content);
    await reopened.close();
    const again = await startServer(res, { dataDir });
    expect((await api(again).get(`/api/maps/${id}/export`)).body).toEqual(exported);
    const notes = await syncedClient(res, again, `${id}.comments`);
    expect(readThreads(notes.doc)).toEqual(threads);
  });

  it("revoking a link closes that link's live connections and no others", async () => {
    const { server, http, id, tokens } = await setup();
    const guest = await http.createLink(id, 'editor');
    const onMap = await syncedClient(res, server, id, guest.token);
    const onNotes = await syncedClient(res, server, `${id}.comments`, guest.token);
    const member = await syncedClient(res, server, id);
    const colleague = await syncedClient(res, server, id, tokens.editor);
    const closes = [onMap, onNotes].map(
      (client) =>
        new Promise<{ code: number; reason: string }>((resolve) =>
          client.provider.on('closed', (event) => resolve(event)),
        ),
    );
    let otherDrops = 0;
    for (const client of [member, colleague]) {
      client.provider.on('connection-close', () => otherDrops++);
    }

    expect((await http.delete(`/api/maps/${id}/links/${guest.id}`)).status).toBe(204);
    for (const closed of closes)
      expect(await closed).toEqual({ code: 4403, reason: 'Link revoked' });
    expect(onMap.provider.shouldConnect).toBe(false);
    expect(onNotes.provider.shouldConnect).toBe(false);

    // The others keep collaborating.
    setMeta(member.doc, { purpose: 'Still here' });
    await waitFor(() => expect(readMap(colleague.doc).meta.purpose).toBe('Still here'));
    expect(otherDrops).toBe(0);
    expect(await upgradeStatus(server.port, `/collab/${id}?token=${guest.token}`)).toBe(401);
    expect((await api(server, guest.token).get(`/api/maps/${id}`)).status).toBe(401);
    expect((await http.delete(`/api/maps/${id}/links/${guest.id}`)).status).toBe(404);
  });

  it('never writes a token or the workspace key to the log', async () => {
    const { logs, server, http, id, tokens } = await setup();
    const other = await http.createMap('Other');
    const secrets = [server.workspaceKey, ...Object.values(tokens)];
    // Refused upgrades, a malformed message from a token holder, a revocation, bad REST calls.
    await upgradeStatus(server.port, `/collab/${other}?token=${tokens.viewer}`);
    await upgradeStatus(server.port, `/collab/NoSuchMap123?token=${server.workspaceKey}`);
    const raw = await rawClient(res, server.port, id, tokens.editor);
    raw.socket.send(Uint8Array.of(7, 7, 7));
    expect((await raw.closed).code).toBe(4400);
    const viewerLink = (await http.get(`/api/maps/${id}/links`)).body.links.find(
      (l: { role: string }) => l.role === 'viewer',
    );
    await rawClient(res, server.port, id, tokens.viewer);
    await http.delete(`/api/maps/${id}/links/${viewerLink.id}`);
    await api(server, tokens.commenter).put(`/api/maps/${id}/kpis/x/current`, { value: 1 });

    expect(logs.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(logs.join('\n')).not.toContain(secret);
  });
});
