import type { Anchor, Author, MessageData, ThreadData } from '../doc/index.ts';

/*
 * Comment operations on their way to the server, which alone writes the comments document.
 * Until the document shows an operation's effect, the panel shows it from here: a new thread
 * or reply in place (greyed), an edit's new text, a deletion or a resolve marked as pending.
 * Everything here is pure: the outbox (outbox.ts) owns the list and the sending.
 */

/** What someone asked for; creates carry the id they propose, so a resend is never doubled. */
export type Operation =
  | { kind: 'thread'; threadId: string; anchor: Anchor; text: string; mentions: string[] }
  | { kind: 'reply'; threadId: string; messageId: string; text: string; mentions: string[] }
  | { kind: 'edit'; threadId: string; messageId: string; text: string; mentions: string[] }
  | { kind: 'delete'; threadId: string; messageId: string }
  | { kind: 'resolve'; threadId: string; resolved: boolean };

/**
 * Where an operation is: on its way, waiting for the network (sent again on reconnect),
 * accepted (shown from here until the document has it), or refused by the server.
 */
export type Delivery = 'sending' | 'waiting' | 'sent' | 'refused';

export interface Pending {
  /** This browser's id of the operation. */
  key: string;
  op: Operation;
  /** Who asked (shown on a pending message until the server's copy arrives). */
  author: Author;
  /** When it was asked for (ISO). */
  at: string;
  state: Delivery;
  /** The server's reason, when it refused. */
  error: string | null;
  /** When the server accepted it (ms), so an acceptance the document never shows expires. */
  sentAt: number | null;
}

/** A message as the panel shows it, with the operation still pending on it, if any. */
export interface ShownMessage extends MessageData {
  /** Its creation, edit or deletion not yet in the document. */
  change: Pending | null;
}

export interface ShownThread extends Omit<ThreadData, 'messages'> {
  messages: ShownMessage[];
  /** The thread itself is not in the document yet. */
  created: Pending | null;
  /** A resolve or reopen not yet in the document. */
  resolving: Pending | null;
}

/** The server writes a thread's first message with this id. */
export const firstMessageId = (threadId: string) => `${threadId}-0`;

/** How long an accepted operation is shown from here if the document never catches up. */
export const SENT_EXPIRY_MS = 60_000;

/** The note on an operation waiting for the network. */
export const PENDING_NOTE = 'Pending — will be sent when you’re back online';

const messageOf = (threads: readonly ThreadData[], threadId: string, messageId: string) =>
  threads.find((t) => t.id === threadId)?.messages.find((m) => m.id === messageId);

/** Whether the document already shows `p` (or it no longer matters): then it can go. */
export function settled(p: Pending, threads: readonly ThreadData[], now: number): boolean {
  const { op } = p;
  const sent = p.state === 'sent';
  if (sent && p.sentAt !== null && now - p.sentAt > SENT_EXPIRY_MS) return true;
  const thread = threads.find((t) => t.id === op.threadId);
  switch (op.kind) {
    case 'thread':
      return thread !== undefined;
    case 'reply':
      return messageOf(threads, op.threadId, op.messageId) !== undefined;
    case 'edit': {
      const m = messageOf(threads, op.threadId, op.messageId);
      return sent && (!m || m.deleted || m.text === op.text);
    }
    case 'delete': {
      const m = messageOf(threads, op.threadId, op.messageId);
      return m?.deleted === true || (sent && !m);
    }
    case 'resolve':
      return sent && (!thread || thread.resolved === op.resolved);
  }
}

function pendingMessage(p: Pending, id: string, text: string, mentions: string[]): ShownMessage {
  return {
    id,
    author: p.author,
    verified: true,
    text,
    mentions,
    createdAt: p.at,
    editedAt: null,
    deleted: false,
    change: p,
  };
}

/** The document's threads with the pending operations laid over them, in the order asked. */
export function showThreads(
  threads: readonly ThreadData[],
  pending: readonly Pending[],
): ShownThread[] {
  const shown: ShownThread[] = threads.map((t) => ({
    ...t,
    created: null,
    resolving: null,
    messages: t.messages.map((m) => ({ ...m, change: null })),
  }));
  const find = (id: string) => shown.find((t) => t.id === id);
  for (const p of pending) {
    const { op } = p;
    const thread = find(op.threadId);
    const applies = p.state !== 'refused';
    if (op.kind === 'thread') {
      if (thread) continue;
      shown.push({
        id: op.threadId,
        anchor: op.anchor,
        resolved: false,
        createdAt: p.at,
        created: p,
        resolving: null,
        messages: [pendingMessage(p, firstMessageId(op.threadId), op.text, op.mentions)],
      });
    } else if (op.kind === 'reply') {
      if (thread && !thread.messages.some((m) => m.id === op.messageId))
        thread.messages.push(pendingMessage(p, op.messageId, op.text, op.mentions));
    } else if (op.kind === 'resolve') {
      if (!thread) continue;
      thread.resolving = p;
      if (applies) thread.resolved = op.resolved;
    } else {
      const index = thread?.messages.findIndex((m) => m.id === op.messageId) ?? -1;
      if (!thread || index < 0) continue;
      const m = thread.messages[index]!;
      thread.messages[index] =
        op.kind === 'edit' && applies
          ? { ...m, text: op.text, mentions: op.mentions, change: p }
          : { ...m, change: p };
    }
  }
  return shown;
}

/** What one message offers and says, for the person looking at it. */
export interface MessageView {
  /** Edit and Delete: one's own, server-verified, undeleted message, nothing pending on it. */
  canChange: boolean;
  /** Written before the server vouched for authors: its author is not proven. */
  unverified: boolean;
  /** Greyed: not (yet) what the server holds. */
  greyed: boolean;
  /** A pending or refusal note, and whether it is a refusal (which can be discarded). */
  note: { text: string; refused: boolean } | null;
  /** A deletion is pending: the text is shown struck through. */
  deleting: boolean;
}

const VERBS: Record<Operation['kind'], string> = {
  thread: 'Comment',
  reply: 'Reply',
  edit: 'Edit',
  delete: 'Deletion',
  resolve: 'Change',
};

/** The note on a pending operation: waiting for the network, or refused with the reason. */
export function deliveryNote(p: Pending | null): MessageView['note'] {
  if (!p) return null;
  if (p.state === 'waiting') return { text: PENDING_NOTE, refused: false };
  if (p.state === 'refused')
    return { text: `${VERBS[p.op.kind]} not sent: ${p.error ?? 'refused'}`, refused: true };
  return null;
}

/** Decides what a message shows to participant `me` (null before joining). */
export function messageView(
  message: ShownMessage,
  who: { me: string | null; canComment: boolean },
): MessageView {
  const { change } = message;
  const busy = change !== null && change.state !== 'refused';
  return {
    canChange:
      who.canComment &&
      who.me !== null &&
      message.verified &&
      message.author.id === who.me &&
      !message.deleted &&
      !busy,
    unverified: !message.verified,
    greyed: busy && change.state !== 'sent',
    note: deliveryNote(change),
    deleting: change?.op.kind === 'delete' && busy,
  };
}
