import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ThreadData } from '../doc/index.ts';
import { createOutbox, type OutboxOptions } from './outbox.ts';
import type { Operation } from './pending.ts';

const bo = { id: 'bo', name: 'Bo', color: '#222222' };
const newThread: Operation = {
  kind: 'thread',
  threadId: 'thread-1',
  anchor: { kind: 'map' },
  text: 'Written on the train',
  mentions: [],
};
const replyToIt: Operation = {
  kind: 'reply',
  threadId: 'thread-1',
  messageId: 'reply-1',
  text: 'And more',
  mentions: [],
};

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

/** A server we can take offline: records what it accepted, refuses what `refuse` says. */
function fakeServer() {
  const accepted: Operation[] = [];
  const server = {
    online: true,
    accepted,
    refuse: null as ((op: Operation) => ApiError | null) | null,
    async send(op: Operation) {
      await Promise.resolve();
      if (!server.online) throw new TypeError('Failed to fetch');
      const refusal = server.refuse?.(op);
      if (refusal) throw refusal;
      accepted.push(op);
    },
  };
  return server;
}

let keys = 0;
function outboxOn(server: ReturnType<typeof fakeServer>, storage = memoryStorage()) {
  const options: OutboxOptions = {
    mapId: 'map-1',
    send: (op) => server.send(op),
    storage,
    newKey: () => `key-${++keys}`,
  };
  return { outbox: createOutbox(options), storage, options };
}

/** The comments document after the server wrote the thread (and its reply). */
const written = (withReply: boolean): ThreadData[] => [
  {
    id: 'thread-1',
    anchor: { kind: 'map' },
    resolved: false,
    createdAt: '2026-01-01T10:00:00.000Z',
    messages: [
      {
        id: 'thread-1-0',
        author: bo,
        verified: true,
        text: 'Written on the train',
        mentions: [],
        createdAt: '2026-01-01T10:00:00.000Z',
        editedAt: null,
        deleted: false,
      },
      ...(withReply
        ? [
            {
              id: 'reply-1',
              author: bo,
              verified: true,
              text: 'And more',
              mentions: [],
              createdAt: '2026-01-01T10:00:01.000Z',
              editedAt: null,
              deleted: false,
            },
          ]
        : []),
    ],
  },
];

describe('the comments outbox', () => {
  it('sends at once, and shows the operation until the document has it', async () => {
    const server = fakeServer();
    const { outbox } = outboxOn(server);
    outbox.submit(newThread, bo);
    await outbox.flush();
    expect(server.accepted).toEqual([newThread]);
    expect(outbox.list().map((p) => p.state)).toEqual(['sent']);
    outbox.reconcile([]);
    expect(outbox.list()).toHaveLength(1);
    outbox.reconcile(written(false));
    expect(outbox.list()).toEqual([]);
  });

  it('keeps operations while offline, in order and in storage, and sends each once when back', async () => {
    const server = fakeServer();
    server.online = false;
    const { outbox, storage } = outboxOn(server);
    outbox.submit(newThread, bo);
    outbox.submit(replyToIt, bo);
    await outbox.flush();
    expect(outbox.list().map((p) => [p.op.kind, p.state])).toEqual([
      ['thread', 'waiting'],
      ['reply', 'waiting'],
    ]);
    expect(JSON.parse(storage.data.get('trailmap:outbox:map-1')!)).toHaveLength(2);
    // Retries while offline send nothing and lose nothing.
    await outbox.flush();
    await outbox.flush();
    expect(server.accepted).toEqual([]);

    server.online = true;
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(server.accepted).toEqual([newThread, replyToIt]);
    expect(outbox.list().map((p) => p.state)).toEqual(['sent', 'sent']);
    // Accepted operations are not kept for a reload: the document has them.
    expect(storage.data.has('trailmap:outbox:map-1')).toBe(false);
    outbox.reconcile(written(true));
    expect(outbox.list()).toEqual([]);
    await outbox.flush();
    expect(server.accepted).toHaveLength(2);
  });

  it('a reload picks up what was waiting, and resends it with the same ids', async () => {
    const server = fakeServer();
    server.online = false;
    const first = outboxOn(server);
    first.outbox.submit(newThread, bo);
    await first.outbox.flush();

    server.online = true;
    const second = outboxOn(server, first.storage);
    expect(second.outbox.list().map((p) => [p.op, p.state])).toEqual([[newThread, 'waiting']]);
    await second.outbox.flush();
    expect(server.accepted).toEqual([newThread]);
  });

  it('keeps a refusal with the server’s reason until discarded, and goes on with the rest', async () => {
    const server = fakeServer();
    server.refuse = (op) =>
      op.kind === 'edit' ? new ApiError('Only its author may change a message', 403) : null;
    const { outbox, storage } = outboxOn(server);
    const edit: Operation = {
      kind: 'edit',
      threadId: 'thread-1',
      messageId: 'alices',
      text: 'Hijacked',
      mentions: [],
    };
    outbox.submit(edit, bo);
    outbox.submit(newThread, bo);
    await outbox.flush();
    const [refused, sent] = outbox.list();
    expect(refused).toMatchObject({
      state: 'refused',
      error: 'Only its author may change a message',
    });
    expect(sent).toMatchObject({ state: 'sent' });
    expect(server.accepted).toEqual([newThread]);
    // A refusal is not retried.
    await outbox.flush();
    expect(server.accepted).toEqual([newThread]);
    expect(JSON.parse(storage.data.get('trailmap:outbox:map-1')!)).toHaveLength(1);
    outbox.discard(refused!.key);
    expect(outbox.list().map((p) => p.state)).toEqual(['sent']);
  });

  it('treats a server error (5xx) as unreachable: the operation waits', async () => {
    const server = fakeServer();
    server.refuse = () => new ApiError('Bad gateway', 502);
    const { outbox } = outboxOn(server);
    outbox.submit(newThread, bo);
    await outbox.flush();
    expect(outbox.list().map((p) => p.state)).toEqual(['waiting']);
    server.refuse = null;
    await outbox.flush();
    expect(server.accepted).toEqual([newThread]);
  });
});
