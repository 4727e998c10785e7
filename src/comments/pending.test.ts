import { describe, expect, it } from 'vitest';
import type { MessageData, ThreadData } from '../doc/index.ts';
import {
  PENDING_NOTE,
  SENT_EXPIRY_MS,
  messageView,
  settled,
  showThreads,
  type Operation,
  type Pending,
  type ShownMessage,
} from './pending.ts';

const ada = { id: 'ada', name: 'Ada', color: '#111111' };
const bo = { id: 'bo', name: 'Bo', color: '#222222' };

function msg(id: string, fields: Partial<MessageData> = {}): MessageData {
  return {
    id,
    author: ada,
    verified: true,
    text: `text of ${id}`,
    mentions: [],
    createdAt: '2026-01-01T10:00:00.000Z',
    editedAt: null,
    deleted: false,
    ...fields,
  };
}

const thread = (id: string, messages: MessageData[], resolved = false): ThreadData => ({
  id,
  anchor: { kind: 'map' },
  resolved,
  createdAt: '2026-01-01T10:00:00.000Z',
  messages,
});

let n = 0;
function pending(
  op: Operation,
  state: Pending['state'] = 'waiting',
  fields: Partial<Pending> = {},
) {
  return {
    key: `k${++n}`,
    op,
    author: bo,
    at: '2026-01-01T11:00:00.000Z',
    state,
    error: null,
    sentAt: state === 'sent' ? 1_000 : null,
    ...fields,
  } satisfies Pending;
}

const shown = (m: MessageData, change: Pending | null = null): ShownMessage => ({ ...m, change });

describe('showThreads', () => {
  it('shows a new thread and a reply to it in place, as the server will write them', () => {
    const t = pending({
      kind: 'thread',
      threadId: 'new1',
      anchor: { kind: 'card', id: 'c1' },
      text: 'Offline thought',
      mentions: [],
    });
    const r = pending({
      kind: 'reply',
      threadId: 'new1',
      messageId: 'r1',
      text: 'And another',
      mentions: [],
    });
    const [only] = showThreads([], [t, r]);
    expect(only).toMatchObject({ id: 'new1', anchor: { kind: 'card', id: 'c1' }, created: t });
    expect(only!.messages.map((m) => [m.id, m.text, m.author.name, m.change?.key])).toEqual([
      ['new1-0', 'Offline thought', 'Bo', t.key],
      ['r1', 'And another', 'Bo', r.key],
    ]);
  });

  it('lays an edit’s text, a deletion and a resolve over the document until they land', () => {
    const doc = [thread('t1', [msg('m1'), msg('m2')])];
    const edit = pending({
      kind: 'edit',
      threadId: 't1',
      messageId: 'm1',
      text: 'New words',
      mentions: ['p1'],
    });
    const del = pending({ kind: 'delete', threadId: 't1', messageId: 'm2' });
    const resolve = pending({ kind: 'resolve', threadId: 't1', resolved: true });
    const [t] = showThreads(doc, [edit, del, resolve]);
    expect(t!.messages[0]).toMatchObject({ text: 'New words', mentions: ['p1'], change: edit });
    expect(t!.messages[1]).toMatchObject({ text: 'text of m2', change: del });
    expect(t).toMatchObject({ resolved: true, resolving: resolve });
    // The document itself is untouched.
    expect(doc[0]!.messages[0]!.text).toBe('text of m1');
  });

  it('keeps the document’s text when the server refused the edit', () => {
    const doc = [thread('t1', [msg('m1')])];
    const edit = pending(
      { kind: 'edit', threadId: 't1', messageId: 'm1', text: 'Nope', mentions: [] },
      'refused',
      { error: 'Only its author may change a message' },
    );
    expect(showThreads(doc, [edit])[0]!.messages[0]).toMatchObject({
      text: 'text of m1',
      change: edit,
    });
  });

  it('does not show a create twice once the document has it', () => {
    const doc = [thread('t1', [msg('t1-0'), msg('r1')])];
    const again = pending(
      { kind: 'reply', threadId: 't1', messageId: 'r1', text: 'x', mentions: [] },
      'sent',
    );
    const threadAgain = pending(
      { kind: 'thread', threadId: 't1', anchor: { kind: 'map' }, text: 'x', mentions: [] },
      'sent',
    );
    const shownThreads = showThreads(doc, [threadAgain, again]);
    expect(shownThreads).toHaveLength(1);
    expect(shownThreads[0]!.messages.map((m) => m.id)).toEqual(['t1-0', 'r1']);
  });
});

describe('settled', () => {
  const doc = [thread('t1', [msg('t1-0'), msg('m2', { deleted: true, text: '' })], true)];
  const now = 2_000;

  it('drops a create as soon as the document has its id, whatever its state', () => {
    for (const state of ['waiting', 'sending', 'sent', 'refused'] as const) {
      const op = { kind: 'thread', threadId: 't1', anchor: { kind: 'map' } } as const;
      expect(settled(pending({ ...op, text: 'a', mentions: [] }, state), doc, now)).toBe(true);
      const reply = { kind: 'reply', threadId: 't1', messageId: 't1-0', text: 'a', mentions: [] };
      expect(settled(pending(reply as Operation, state), doc, now)).toBe(true);
    }
    const other = { kind: 'reply', threadId: 't1', messageId: 'zz', text: 'a', mentions: [] };
    expect(settled(pending(other as Operation, 'sent'), doc, now)).toBe(false);
  });

  it('drops an accepted edit or resolve once the document shows it, not before', () => {
    const edit = (text: string, state: Pending['state']) =>
      pending({ kind: 'edit', threadId: 't1', messageId: 't1-0', text, mentions: [] }, state);
    expect(settled(edit('text of t1-0', 'sent'), doc, now)).toBe(true);
    expect(settled(edit('something else', 'sent'), doc, now)).toBe(false);
    expect(settled(edit('text of t1-0', 'waiting'), doc, now)).toBe(false);
    const resolve = (resolved: boolean) =>
      pending({ kind: 'resolve', threadId: 't1', resolved }, 'sent');
    expect(settled(resolve(true), doc, now)).toBe(true);
    expect(settled(resolve(false), doc, now)).toBe(false);
  });

  it('drops a deletion once the message is deleted', () => {
    const del = pending({ kind: 'delete', threadId: 't1', messageId: 'm2' });
    expect(settled(del, doc, now)).toBe(true);
  });

  it('lets an acceptance the document never shows expire', () => {
    const edit = pending(
      { kind: 'edit', threadId: 't1', messageId: 't1-0', text: 'never arrives', mentions: [] },
      'sent',
      { sentAt: 0 },
    );
    expect(settled(edit, doc, SENT_EXPIRY_MS)).toBe(false);
    expect(settled(edit, doc, SENT_EXPIRY_MS + 1)).toBe(true);
  });
});

describe('messageView', () => {
  const me = { me: 'ada', canComment: true };

  it('offers Edit and Delete on one’s own verified message only', () => {
    expect(messageView(shown(msg('m1')), me)).toMatchObject({
      canChange: true,
      unverified: false,
      note: null,
    });
    expect(messageView(shown(msg('m1', { author: bo })), me).canChange).toBe(false);
    expect(messageView(shown(msg('m1')), { me: null, canComment: true }).canChange).toBe(false);
    expect(messageView(shown(msg('m1')), { me: 'ada', canComment: false }).canChange).toBe(false);
    expect(messageView(shown(msg('m1', { deleted: true })), me).canChange).toBe(false);
  });

  it('marks a message from before verified authors, and offers nobody Edit or Delete on it', () => {
    // Its author field names this participant's id, but nothing proves it.
    const old = shown(msg('m1', { verified: false }));
    expect(messageView(old, me)).toEqual({
      canChange: false,
      unverified: true,
      greyed: false,
      note: null,
      deleting: false,
    });
  });

  it('greys a waiting message and says it is pending; a refusal says why', () => {
    const reply = pending({
      kind: 'reply',
      threadId: 't1',
      messageId: 'r1',
      text: 'x',
      mentions: [],
    });
    expect(messageView(shown(msg('r1'), reply), me)).toMatchObject({
      canChange: false,
      greyed: true,
      note: { text: PENDING_NOTE, refused: false },
    });
    const refused = { ...reply, state: 'refused' as const, error: 'No such thread' };
    expect(messageView(shown(msg('r1'), refused), me)).toMatchObject({
      greyed: false,
      note: { text: 'Reply not sent: No such thread', refused: true },
    });
    // On its way: greyed, no note (it usually lands at once).
    expect(messageView(shown(msg('r1'), { ...reply, state: 'sending' }), me)).toMatchObject({
      greyed: true,
      note: null,
    });
  });

  it('shows a pending deletion struck through, with the note', () => {
    const del = pending({ kind: 'delete', threadId: 't1', messageId: 'm1' });
    expect(messageView(shown(msg('m1'), del), me)).toMatchObject({
      canChange: false,
      deleting: true,
      note: { text: PENDING_NOTE, refused: false },
    });
  });
});
