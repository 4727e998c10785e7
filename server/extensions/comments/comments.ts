import { nanoid } from 'nanoid';
import {
  hasEntry,
  readThread,
  removeThread,
  writeDeletion,
  writeEdit,
  writeReply,
  writeResolved,
  writeThread,
  type Anchor,
  type ThreadData,
} from '../../../src/doc/index.ts';
import type { Role } from '../../auth/roles.ts';
import type { Participant } from '../../collab/peer.ts';
import type { RoomManager } from '../../collab/roomManager.ts';
import { commentsRoom, contentRoom } from '../../ids.ts';
import type { MapEvents } from '../../events.ts';
import type { Store } from '../../store/store.ts';
import { canChangeMessage, canRemoveThread, canResolve, type CommentRefusal } from './rules.ts';

/*
 * Comment operations: checked against the participant who asks, then written by the server
 * into the `<map>.comments` document (which clients only read), then recorded in the audit
 * trail. A check and its write run in one synchronous step, so no concurrent operation can
 * slip between them.
 */

/** Who asks: their role and link on the map, and the participant the server issued them. */
export interface Asker {
  mapId: string;
  role: Role;
  linkId: string | null;
  participant: Participant;
}

export type CommentFailure = CommentRefusal | 'no-anchor' | 'unknown-mention';

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: CommentFailure };

export interface NewMessage {
  /** Proposed by the client so that a retried request is not written twice. */
  id?: string;
  text: string;
  mentions: string[];
}

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
const fail = <T>(reason: CommentFailure): Outcome<T> => ({ ok: false, reason });

/** Binds comment operations to the live rooms and the store's audit trail. */
export function createComments(store: Store, rooms: RoomManager, events?: MapEvents) {
  // A new message is news for subscribers (webhooks); mentions are news of their own.
  const told = (who: Asker, threadId: string, messageId: string, message: NewMessage) => {
    const data = {
      threadId,
      messageId,
      text: message.text,
      mentions: message.mentions,
      author: { id: who.participant.id, name: who.participant.name },
    };
    events?.emit({ type: 'comment.created', mapId: who.mapId, data });
    if (message.mentions.length > 0)
      events?.emit({ type: 'mention.created', mapId: who.mapId, data });
  };

  const audit = (who: Asker, action: string, target: string) =>
    store.audit.append({
      mapId: who.mapId,
      participantId: who.participant.id,
      linkId: who.linkId,
      action,
      target,
      at: Date.now(),
    });

  // The map's content decides what can be anchored to and who can be mentioned.
  const checkContent = async (who: Asker, anchor: Anchor | null, mentions: string[]) => {
    const room = await rooms.acquire(contentRoom(who.mapId));
    try {
      if (
        anchor &&
        anchor.kind !== 'map' &&
        !hasEntry(room.doc, anchor.kind === 'card' ? 'cards' : 'stages', anchor.id)
      )
        return 'no-anchor';
      if (!mentions.every((id) => hasEntry(room.doc, 'people', id))) return 'unknown-mention';
      return null;
    } finally {
      rooms.release(room);
    }
  };

  // Runs `write` on the comments document as the server; resolves once it is stored.
  const inComments = <T>(who: Asker, write: (doc: Parameters<typeof readThread>[0]) => T) =>
    rooms.update(commentsRoom(who.mapId), write, who.participant.name);

  const stamp = (who: Asker, message: NewMessage, id: string) => ({
    id,
    author: { ...who.participant },
    text: message.text,
    mentions: message.mentions,
    at: new Date().toISOString(),
  });

  // A retried create: the same id by the same author is the same operation, done already.
  const sameAuthor = (thread: ThreadData | null, messageId: string, who: Asker) => {
    const m = thread?.messages.find((x) => x.id === messageId);
    return m ? (m.author.id === who.participant.id && m.verified ? 'done' : 'taken') : null;
  };

  return {
    async startThread(who: Asker, anchor: Anchor, message: NewMessage) {
      const refused = await checkContent(who, anchor, message.mentions);
      if (refused) return fail<{ threadId: string; messageId: string }>(refused);
      const threadId = message.id ?? nanoid(10);
      const messageId = `${threadId}-0`;
      const result = await inComments(who, (doc) => {
        const existing = readThread(doc, threadId);
        if (existing) return sameAuthor(existing, messageId, who) === 'done' ? 'done' : 'taken';
        writeThread(doc, { id: threadId, anchor }, stamp(who, message, messageId));
        return 'written';
      });
      if (result === 'taken') return fail<{ threadId: string; messageId: string }>('id-taken');
      if (result === 'written') {
        await audit(who, 'comment.thread', threadId);
        told(who, threadId, messageId, message);
      }
      return ok({ threadId, messageId });
    },

    async reply(who: Asker, threadId: string, message: NewMessage) {
      const refused = await checkContent(who, null, message.mentions);
      if (refused) return fail<{ messageId: string }>(refused);
      const messageId = message.id ?? nanoid(10);
      const result = await inComments(who, (doc) => {
        const thread = readThread(doc, threadId);
        if (!thread) return 'no-thread';
        const before = sameAuthor(thread, messageId, who);
        if (before) return before;
        writeReply(doc, threadId, stamp(who, message, messageId));
        return 'written';
      });
      if (result === 'no-thread') return fail<{ messageId: string }>('no-thread');
      if (result === 'taken') return fail<{ messageId: string }>('id-taken');
      if (result === 'written') {
        await audit(who, 'comment.reply', `${threadId}/${messageId}`);
        told(who, threadId, messageId, message);
      }
      return ok({ messageId });
    },

    async edit(who: Asker, threadId: string, messageId: string, message: NewMessage) {
      const refused = await checkContent(who, null, message.mentions);
      if (refused) return fail<null>(refused);
      const at = new Date().toISOString();
      const refusal = await inComments(who, (doc) => {
        const thread = readThread(doc, threadId);
        if (!thread) return 'no-thread';
        const why = canChangeMessage(
          thread.messages.find((m) => m.id === messageId),
          who.participant,
        );
        if (why) return why;
        writeEdit(doc, threadId, messageId, { text: message.text, mentions: message.mentions, at });
        return null;
      });
      if (refusal) return fail<null>(refusal);
      await audit(who, 'comment.edit', `${threadId}/${messageId}`);
      return ok(null);
    },

    async remove(who: Asker, threadId: string, messageId: string) {
      const refusal = await inComments(who, (doc) => {
        const thread = readThread(doc, threadId);
        if (!thread) return 'no-thread';
        const why = canChangeMessage(
          thread.messages.find((m) => m.id === messageId),
          who.participant,
        );
        if (why) return why;
        writeDeletion(doc, threadId, messageId);
        return null;
      });
      if (refusal) return fail<null>(refusal);
      await audit(who, 'comment.delete', `${threadId}/${messageId}`);
      return ok(null);
    },

    async resolve(who: Asker, threadId: string, resolved: boolean) {
      const refusal = await inComments(who, (doc) => {
        const thread = readThread(doc, threadId);
        if (!thread) return 'no-thread';
        const why = canResolve(thread, who.participant, who.role);
        if (why) return why;
        writeResolved(doc, threadId, resolved);
        return null;
      });
      if (refusal) return fail<null>(refusal);
      await audit(who, resolved ? 'comment.resolve' : 'comment.reopen', threadId);
      return ok(null);
    },

    async removeThread(who: Asker, threadId: string) {
      const why = canRemoveThread(who.role);
      if (why) return fail<null>(why);
      const found = await inComments(who, (doc) => removeThread(doc, threadId));
      if (!found) return fail<null>('no-thread');
      await audit(who, 'comment.delete-thread', threadId);
      return ok(null);
    },
  };
}

export type Comments = ReturnType<typeof createComments>;
