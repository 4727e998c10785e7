import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addThread,
  deleteMessage,
  editMessage,
  readThreads,
  reply,
  setResolved,
} from './comments.ts';
import { replicaOf, sync } from './fixtures.ts';

const ada = { id: 'a', name: 'Ada', color: '#111111' };
const bo = { id: 'b', name: 'Bo', color: '#222222' };

describe('comments', () => {
  it('starts threads on cards and replies to them', () => {
    const doc = new Y.Doc();
    const id = addThread(doc, { kind: 'card', id: 'c1' }, ada, 'Why here?', ['p1']);
    reply(doc, id, bo, 'Because checkout', []);
    const [thread] = readThreads(doc);
    expect(thread).toMatchObject({ id, anchor: { kind: 'card', id: 'c1' }, resolved: false });
    expect(thread!.messages.map((m) => [m.author.name, m.text, m.mentions])).toEqual([
      ['Ada', 'Why here?', ['p1']],
      ['Bo', 'Because checkout', []],
    ]);
  });

  it('lets only the author edit or delete a message', () => {
    const doc = new Y.Doc();
    const id = addThread(doc, { kind: 'map' }, ada, 'First');
    const messageId = readThreads(doc)[0]!.messages[0]!.id;
    expect(editMessage(doc, id, messageId, bo.id, 'Hijacked')).toBe(false);
    expect(deleteMessage(doc, id, messageId, bo.id)).toBe(false);
    expect(readThreads(doc)[0]!.messages[0]!.text).toBe('First');
    expect(editMessage(doc, id, messageId, ada.id, 'First, edited')).toBe(true);
    expect(readThreads(doc)[0]!.messages[0]).toMatchObject({ text: 'First, edited' });
    expect(readThreads(doc)[0]!.messages[0]!.editedAt).not.toBeNull();
    expect(deleteMessage(doc, id, messageId, ada.id)).toBe(true);
    expect(readThreads(doc)[0]!.messages[0]).toMatchObject({ deleted: true, text: '' });
  });

  it('resolves and reopens, and converges between two replicas', () => {
    const a = new Y.Doc();
    const id = addThread(a, { kind: 'stage', id: 's1' }, ada, 'Owner?');
    const b = replicaOf(a);
    setResolved(a, id, true);
    reply(b, id, bo, 'Me');
    sync(a, b);
    expect(readThreads(a)).toEqual(readThreads(b));
    expect(readThreads(a)[0]).toMatchObject({ resolved: true });
    expect(readThreads(a)[0]!.messages).toHaveLength(2);
  });
});
