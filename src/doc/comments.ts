import * as Y from 'yjs';
import { LOCAL_ORIGIN, type MapDoc } from './ydoc.ts';

/*
 * The comments document (room `<mapId>.comments`), kept apart from the map. The server alone
 * writes it, from operations it checked (clients send them over HTTP and only read this);
 * `threads` maps id → thread; a thread holds its anchor, resolved flag and a Y.Array of
 * message maps.
 */

export type Anchor = { kind: 'map' } | { kind: 'card' | 'stage'; id: string };

export interface Author {
  /**
   * The participant the server issued (for verified messages): only its author may edit or
   * delete. Older messages carry whatever id their browser made up.
   */
  id: string;
  name: string;
  color: string;
}

export interface MessageData {
  id: string;
  author: Author;
  /**
   * Written by the server for a participant it issued: `author` is who wrote it. Comments
   * from before the server checked authors are false, and nobody may edit them.
   */
  verified: boolean;
  text: string;
  /** Person ids (from the map's people directory) mentioned in the text. */
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface ThreadData {
  id: string;
  anchor: Anchor;
  resolved: boolean;
  createdAt: string;
  messages: MessageData[];
}

type Entry = Y.Map<unknown>;
const threadsOf = (doc: MapDoc) => doc.getMap<Entry>('threads');

function toAnchor(v: unknown): Anchor {
  const a = v as { kind?: unknown; id?: unknown } | null;
  if (a && (a.kind === 'card' || a.kind === 'stage') && typeof a.id === 'string') {
    return { kind: a.kind, id: a.id };
  }
  return { kind: 'map' };
}

function toMessage(m: Entry): MessageData {
  const author = (m.get('author') ?? {}) as Partial<Author>;
  const mentions = m.get('mentions');
  return {
    id: String(m.get('id') ?? ''),
    author: {
      id: String(author.id ?? ''),
      name: String(author.name ?? 'Someone'),
      color: String(author.color ?? '#64748b'),
    },
    text: String(m.get('text') ?? ''),
    mentions: Array.isArray(mentions)
      ? mentions.filter((x): x is string => typeof x === 'string')
      : [],
    createdAt: String(m.get('createdAt') ?? ''),
    editedAt: typeof m.get('editedAt') === 'string' ? (m.get('editedAt') as string) : null,
    deleted: m.get('deleted') === true,
    verified: m.get('verified') === true,
  };
}

/** Every thread, oldest first, with its messages in order. */
export function readThreads(doc: MapDoc): ThreadData[] {
  const out: ThreadData[] = [];
  for (const [id, t] of threadsOf(doc).entries()) {
    const messages = t.get('messages');
    out.push({
      id,
      anchor: toAnchor(t.get('anchor')),
      resolved: t.get('resolved') === true,
      createdAt: String(t.get('createdAt') ?? ''),
      messages: messages instanceof Y.Array ? (messages.toArray() as Entry[]).map(toMessage) : [],
    });
  }
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Subscribes to any change of the comments; returns the unsubscribe function. */
export function observeThreads(doc: MapDoc, fn: () => void): () => void {
  const threads = threadsOf(doc);
  threads.observeDeep(fn);
  return () => threads.unobserveDeep(fn);
}

/* Writes by the server, which alone writes this document: authors and times are its own. */

/** A message as the server writes it: id, participant and time stamped by the server. */
export interface StampedMessage {
  id: string;
  author: Author;
  text: string;
  mentions: string[];
  at: string;
}

function stampedMessage(message: StampedMessage): Entry {
  const m = new Y.Map<unknown>();
  m.set('id', message.id);
  m.set('author', { ...message.author });
  m.set('text', message.text);
  m.set('mentions', [...new Set(message.mentions)]);
  m.set('createdAt', message.at);
  m.set('editedAt', null);
  m.set('deleted', false);
  m.set('verified', true);
  return m;
}

function messageEntry(doc: MapDoc, threadId: string, messageId: string): Entry | null {
  const messages = threadsOf(doc).get(threadId)?.get('messages');
  if (!(messages instanceof Y.Array)) return null;
  return (messages.toArray() as Entry[]).find((m) => m.get('id') === messageId) ?? null;
}

/** Starts a thread with its first message. */
export function writeThread(
  doc: MapDoc,
  thread: { id: string; anchor: Anchor },
  message: StampedMessage,
): void {
  doc.transact(() => {
    const t = new Y.Map<unknown>();
    t.set('id', thread.id);
    t.set('anchor', thread.anchor);
    t.set('resolved', false);
    t.set('createdAt', message.at);
    t.set('messages', Y.Array.from([stampedMessage(message)]));
    threadsOf(doc).set(thread.id, t);
  }, LOCAL_ORIGIN);
}

/** Adds a reply to a thread; false if there is no such thread. */
export function writeReply(doc: MapDoc, threadId: string, message: StampedMessage): boolean {
  const messages = threadsOf(doc).get(threadId)?.get('messages');
  if (!(messages instanceof Y.Array)) return false;
  doc.transact(() => messages.push([stampedMessage(message)]), LOCAL_ORIGIN);
  return true;
}

/** Replaces a message's text (and mentions); false if there is no such message. */
export function writeEdit(
  doc: MapDoc,
  threadId: string,
  messageId: string,
  edit: { text: string; mentions: string[]; at: string },
): boolean {
  const m = messageEntry(doc, threadId, messageId);
  if (!m) return false;
  doc.transact(() => {
    m.set('text', edit.text);
    m.set('mentions', [...new Set(edit.mentions)]);
    m.set('editedAt', edit.at);
  }, LOCAL_ORIGIN);
  return true;
}

/** Deletes a message (its place stays, marked deleted); false if there is no such message. */
export function writeDeletion(doc: MapDoc, threadId: string, messageId: string): boolean {
  const m = messageEntry(doc, threadId, messageId);
  if (!m) return false;
  doc.transact(() => {
    m.set('text', '');
    m.set('mentions', []);
    m.set('deleted', true);
  }, LOCAL_ORIGIN);
  return true;
}

/** Resolves or reopens a thread; false if there is no such thread. */
export function writeResolved(doc: MapDoc, threadId: string, resolved: boolean): boolean {
  const thread = threadsOf(doc).get(threadId);
  if (!thread) return false;
  doc.transact(() => thread.set('resolved', resolved), LOCAL_ORIGIN);
  return true;
}

/** Removes a whole thread; false if there is no such thread. */
export function removeThread(doc: MapDoc, threadId: string): boolean {
  if (!threadsOf(doc).has(threadId)) return false;
  doc.transact(() => threadsOf(doc).delete(threadId), LOCAL_ORIGIN);
  return true;
}

/** The thread of that id, or null. */
export function readThread(doc: MapDoc, threadId: string): ThreadData | null {
  return readThreads(doc).find((t) => t.id === threadId) ?? null;
}
