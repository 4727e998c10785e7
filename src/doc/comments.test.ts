import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readThreads,
  writeDeletion,
  writeEdit,
  writeReply,
  writeResolved,
  writeThread,
} from './comments.ts';
import { replicaOf, sync } from './fixtures.ts';

const ada = { id: 'a', name: 'Ada', color: '#111111' };
const bo = { id: 'b', name: 'Bo', color: '#222222' };
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const message = (id: string, author: typeof ada, text: string, minute: number, mentions = []) => ({
  id,
  author,
  text,
  mentions,
  at: at(minute),
});

/** A thread as browsers wrote them before the server did: no `verified` field. */
function legacyThread(doc: Y.Doc, id: string, author: typeof ada, text: string) {
  const m = new Y.Map<unknown>();
  m.set('id', `${id}-m`);
  m.set('author', { ...author });
  m.set('text', text);
  m.set('mentions', []);
  m.set('createdAt', at(0));
  m.set('editedAt', null);
  m.set('deleted', false);
  const t = new Y.Map<unknown>();
  t.set('id', id);
  t.set('anchor', { kind: 'map' });
  t.set('resolved', false);
  t.set('createdAt', at(0));
  t.set('messages', Y.Array.from([m]));
  doc.getMap('threads').set(id, t);
}

describe('readThreads', () => {
  it('reads threads on cards with their replies in order, as the server wrote them', () => {
    const doc = new Y.Doc();
    writeThread(
      doc,
      { id: 't1', anchor: { kind: 'card', id: 'c1' } },
      { ...message('t1-0', ada, 'Why here?', 1), mentions: ['p1'] },
    );
    writeReply(doc, 't1', message('r1', bo, 'Because checkout', 2));
    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({ id: 't1', anchor: { kind: 'card', id: 'c1' }, resolved: false });
    expect(thread!.messages.map((m) => [m.author.name, m.text, m.mentions, m.verified])).toEqual([
      ['Ada', 'Why here?', ['p1'], true],
      ['Bo', 'Because checkout', [], true],
    ]);
  });

  it('reads edits, deletions and times', () => {
    const doc = new Y.Doc();
    writeThread(doc, { id: 't1', anchor: { kind: 'map' } }, message('t1-0', ada, 'First', 1));
    writeEdit(doc, 't1', 't1-0', { text: 'First, edited', mentions: [], at: at(3) });
    expect(readThreads(doc)[0]!.messages[0]).toMatchObject({
      text: 'First, edited',
      createdAt: at(1),
      editedAt: at(3),
      deleted: false,
    });
    writeDeletion(doc, 't1', 't1-0');
    expect(readThreads(doc)[0]!.messages[0]).toMatchObject({ deleted: true, text: '' });
  });

  it('reads messages from before verified authors as unverified, author and text kept', () => {
    const doc = new Y.Doc();
    legacyThread(doc, 'old', { id: 'browser-1', name: 'Olivia', color: '#0891b2' }, 'Old note');
    const [m] = readThreads(doc)[0]!.messages;
    expect(m).toMatchObject({ verified: false, text: 'Old note', author: { name: 'Olivia' } });
  });

  it('orders threads by creation, and converges between two replicas', () => {
    const a = new Y.Doc();
    writeThread(a, { id: 't2', anchor: { kind: 'stage', id: 's1' } }, message('t2-0', ada, 'B', 5));
    writeThread(a, { id: 't1', anchor: { kind: 'map' } }, message('t1-0', ada, 'A', 4));
    const b = replicaOf(a);
    writeResolved(a, 't2', true);
    writeReply(b, 't2', message('r1', bo, 'Me', 6));
    sync(a, b);
    expect(readThreads(a)).toEqual(readThreads(b));
    expect(readThreads(a).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(readThreads(a)[1]).toMatchObject({ resolved: true });
    expect(readThreads(a)[1]!.messages).toHaveLength(2);
  });
});
