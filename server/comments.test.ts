import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMap, readThreads } from '../src/doc/index.ts';
import { testStore } from './test/engine.ts';
import { genuineUpdate, rawClient, syncMessage } from './test/rawClient.ts';
import { api, startServer, syncedClient, tempDir, useResources, waitFor } from './test/helpers.ts';
import { commenter, commentsAs } from './test/participants.ts';
import { storedBytes } from './test/stores.ts';

/*
 * Comments the server vouches for: clients only read the comments document; every write is
 * an operation the server checks against the participant it issued, stamps and audits.
 */

const res = useResources();

/** A map with people, links of every role, a thread by Alice (a member) and Bob's reply. */
async function setup() {
  const dataDir = await tempDir(res);
  const server = await startServer(res, { dataDir });
  const http = api(server);
  const id = await http.createMap('Checkout journey', 'ecommerce');
  const map = (await http.get(`/api/maps/${id}/export`)).body as ReturnType<typeof readMap>;
  const tokens = {
    commenter: (await http.createLink(id, 'commenter')).token,
    viewer: (await http.createLink(id, 'viewer')).token,
  };
  const alice = await commenter(server, id, 'Alice');
  const bob = await commenter(server, id, 'Bob', tokens.commenter);
  const card = map.cards[0]!.id;
  const person = map.people[0]!.id;
  const started = await alice.comments.start({
    anchor: { kind: 'card', id: card },
    text: 'Why do people drop out here?',
    mentions: [person],
  });
  expect(started.status).toBe(201);
  const { threadId, messageId } = started.body as { threadId: string; messageId: string };
  const replied = await bob.comments.reply(threadId, { text: 'Shipping costs, I think' });
  expect(replied.status).toBe(201);
  const notes = await syncedClient(res, server, `${id}.comments`);
  await waitFor(() => expect(readThreads(notes.doc)[0]?.messages).toHaveLength(2));
  const reader = res.track(await testStore(dataDir), (store) => store.close());
  const stored = () => storedBytes(reader, `${id}.comments`);
  return {
    dataDir,
    server,
    http,
    id,
    map,
    tokens,
    alice,
    bob,
    card,
    person,
    threadId,
    messageId,
    replyId: replied.body.messageId as string,
    notes,
    stored,
  };
}

describe('comments the server vouches for', () => {
  it('stamps author and time itself and records who did what', async () => {
    const { id, http, alice, bob, notes, threadId, person } = await setup();
    const [thread] = readThreads(notes.doc);
    expect(thread!.messages.map((m) => [m.author, m.verified, m.text])).toEqual([
      [alice.participant, true, 'Why do people drop out here?'],
      [bob.participant, true, 'Shipping costs, I think'],
    ]);
    expect(thread!.messages[0]!.mentions).toEqual([person]);
    expect(Date.parse(thread!.messages[1]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    // A client cannot claim to be someone else: whatever it sends, the participant is the author.
    const spoof = await bob.comments.reply(threadId, {
      text: 'Approved.',
      author: { id: 'ceo', name: 'CEO Bob' },
    });
    expect(spoof.status).toBe(201);
    await waitFor(() => expect(readThreads(notes.doc)[0]!.messages).toHaveLength(3));
    expect(readThreads(notes.doc)[0]!.messages[2]!.author).toEqual(bob.participant);

    const { entries } = (await http.get(`/api/maps/${id}/audit`)).body;
    expect(entries.map((e: { action: string; participantId: string }) => e.action)).toEqual([
      'comment.thread',
      'comment.reply',
      'comment.reply',
    ]);
    expect(entries[1]).toMatchObject({
      participantId: bob.participant.id,
      linkId: expect.any(String),
    });
    expect(entries[0]).toMatchObject({ participantId: alice.participant.id, linkId: null });
  });

  it('refuses every write to the comments document over the socket, byte for byte', async () => {
    const { server, id, tokens, threadId, notes, stored } = await setup();
    const before = await stored();
    const truth = readThreads(notes.doc);

    // Bob's stock client, on his commenter link, edits its copy as a hostile script would.
    const bobNotes = await syncedClient(res, server, `${id}.comments`, tokens.commenter);
    await waitFor(() => expect(bobNotes.notices).toEqual(['read-only']));
    const threads = bobNotes.doc.getMap<Y.Map<unknown>>('threads');
    const messages = threads.get(threadId)!.get('messages') as Y.Array<Y.Map<unknown>>;
    messages.get(0).set('text', 'Alice agrees the project should be cancelled');
    const forged = new Y.Map<unknown>();
    threads.set('forged', forged);
    forged.set(
      'messages',
      Y.Array.from([new Y.Map<unknown>([['author', { id: 'bob-browser', name: 'CEO Bob' }]])]),
    );
    threads.delete(threadId);
    bobNotes.doc.getMap('junk').set('x', 'j'.repeat(1000));
    await waitFor(() => expect(bobNotes.notices.length).toBeGreaterThanOrEqual(5));

    // A raw socket on a viewer link, and one replaying what the server itself sent.
    const raw = await rawClient(res, server.port, `${id}.comments`, tokens.viewer);
    raw.socket.send(syncMessage(2, genuineUpdate('threads', 't9', 'viewer thread')));
    const replay = Y.encodeStateAsUpdate(notes.doc);
    const rawEditor = await rawClient(res, server.port, `${id}.comments`, server.workspaceKey);
    rawEditor.socket.send(syncMessage(2, replay));
    rawEditor.socket.send(syncMessage(1, genuineUpdate('junk', 'k', 'v')));
    await waitFor(() => expect(raw.notices).toContain('read-only'));
    await waitFor(() => expect(rawEditor.notices.filter((n) => n === 'read-only').length).toBe(3));

    expect(await stored()).toEqual(before);
    expect(readThreads(notes.doc)).toEqual(truth);
    expect(notes.doc.share.has('junk')).toBe(false);
    // And it keeps serving: an operation through the API still goes through.
    const carol = await commenter(server, id, 'Carol', tokens.commenter);
    expect((await carol.comments.reply(threadId, { text: 'Still here' })).status).toBe(201);
    expect(raw.socket.readyState).toBe(raw.socket.OPEN);
  });

  it('checks every operation against who asks, and changes nothing it refuses', async () => {
    const s = await setup();
    const { server, id, tokens, alice, bob, threadId, messageId, replyId, notes, stored } = s;
    const viewer = await commenter(server, id, 'Vera', tokens.viewer).catch(() => null);
    const anonymous = commentsAs(server, id, tokens.commenter, null);
    // Alice's participant token with Bob's link: a token is bound to the link it came through.
    const stolen = commentsAs(server, id, tokens.commenter, alice.token);
    const before = await stored();

    const refused: [string, () => Promise<{ status: number; body: { error?: string } }>, number][] =
      [
        [
          'edit another’s message',
          () => bob.comments.edit(threadId, messageId, { text: 'x' }),
          403,
        ],
        ['delete another’s message', () => bob.comments.remove(threadId, messageId), 403],
        ['resolve a thread one did not start', () => bob.comments.resolve(threadId, true), 403],
        ['delete a whole thread as a commenter', () => bob.comments.removeThread(threadId), 403],
        ['oversize text', () => bob.comments.reply(threadId, { text: 'x'.repeat(10_001) }), 400],
        ['empty text', () => bob.comments.reply(threadId, { text: '   ' }), 400],
        [
          'unknown mention',
          () => bob.comments.reply(threadId, { text: 'hi', mentions: ['nobody'] }),
          400,
        ],
        [
          'unknown card',
          () => bob.comments.start({ anchor: { kind: 'card', id: 'nope' }, text: 'hi' }),
          400,
        ],
        ['reply to no thread', () => bob.comments.reply('nothread1', { text: 'hi' }), 404],
        ['no participant', () => anonymous.reply(threadId, { text: 'hi' }), 401],
        ['a participant of another link', () => stolen.reply(threadId, { text: 'hi' }), 401],
        [
          'someone else’s thread id',
          () => bob.comments.start({ anchor: { kind: 'map' }, id: threadId, text: 'mine now' }),
          409,
        ],
      ];
    for (const [name, send, status] of refused) {
      const response = await send();
      expect(response.status, name).toBe(status);
      expect(response.body?.error, name).toEqual(expect.any(String));
    }
    // The viewer may join (for presence) but writes nothing.
    expect(viewer).not.toBeNull();
    expect((await viewer!.comments.reply(threadId, { text: 'hi' })).status).toBe(403);
    // Nothing refused reached the store, byte for byte.
    expect(await stored()).toEqual(before);

    // What each may do, they can.
    expect((await bob.comments.edit(threadId, replyId, { text: 'Shipping costs.' })).status).toBe(
      204,
    );
    expect((await alice.comments.resolve(threadId, true)).status).toBe(204);
    await waitFor(() => {
      const [thread] = readThreads(notes.doc);
      expect(thread!.resolved).toBe(true);
      expect(thread!.messages[1]).toMatchObject({
        text: 'Shipping costs.',
        editedAt: expect.any(String),
      });
    });
    expect((await bob.comments.remove(threadId, replyId)).status).toBe(204);
    expect((await alice.comments.removeThread(threadId)).status).toBe(204);
    await waitFor(() => expect(readThreads(notes.doc)).toEqual([]));
  });

  it('writes a retried operation once', async () => {
    const { bob, notes } = await setup();
    const body = { anchor: { kind: 'map' }, id: 'retry-1234', text: 'Sent twice' };
    expect((await bob.comments.start(body)).status).toBe(201);
    expect((await bob.comments.start(body)).status).toBe(201);
    await waitFor(() => expect(readThreads(notes.doc)).toHaveLength(2));
    expect(readThreads(notes.doc).filter((t) => t.id === 'retry-1234')).toHaveLength(1);
  });

  it('keeps comments from before verified authors, marked, and lets nobody change them', async () => {
    const dataDir = await tempDir(res);
    const first = await startServer(res, { dataDir });
    const id = await api(first).createMap('Old map', 'blank');
    await first.close();
    // A comment as browsers wrote them before: author claimed by the client, no verification.
    const legacy = new Y.Doc();
    const message = new Y.Map<unknown>();
    const thread = new Y.Map<unknown>();
    legacy.getMap<Y.Map<unknown>>('threads').set('old1', thread);
    thread.set('id', 'old1');
    thread.set('anchor', { kind: 'map' });
    thread.set('resolved', false);
    thread.set('createdAt', '2026-01-01T10:00:00.000Z');
    thread.set('messages', Y.Array.from([message]));
    for (const [key, value] of Object.entries({
      id: 'm1',
      author: { id: 'browser-1', name: 'Alice', color: '#e11d48' },
      text: 'Written last year',
      mentions: [],
      createdAt: '2026-01-01T10:00:00.000Z',
      editedAt: null,
      deleted: false,
    }))
      message.set(key, value);
    const store = await testStore(dataDir);
    await store.log.append(`${id}.comments`, [Y.encodeStateAsUpdate(legacy)]);
    await store.close();

    const server = await startServer(res, { dataDir });
    const notes = await syncedClient(res, server, `${id}.comments`);
    const [old] = readThreads(notes.doc);
    expect(old!.messages[0]).toMatchObject({
      author: { id: 'browser-1', name: 'Alice' },
      text: 'Written last year',
      verified: false,
    });
    const alice = await commenter(server, id, 'Alice');
    expect((await alice.comments.edit('old1', 'm1', { text: 'rewritten' })).status).toBe(403);
    expect((await alice.comments.remove('old1', 'm1')).status).toBe(403);
    // Replies are new, verified messages; an editor may still remove the whole thread.
    expect((await alice.comments.reply('old1', { text: 'Still true' })).status).toBe(201);
    await waitFor(() => expect(readThreads(notes.doc)[0]!.messages[1]!.verified).toBe(true));
    expect(readThreads(notes.doc)[0]!.messages[0]!.text).toBe('Written last year');
    expect((await alice.comments.removeThread('old1')).status).toBe(204);
  });
});
