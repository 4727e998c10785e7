import type { ParticipantHandle } from '../api/participants.ts';
import type { Operation } from './pending.ts';

/*
 * Comment operations over HTTP (/api/maps/:id/threads…), as our participant: the server
 * checks them, stamps author and time, and writes the comments document, which we only read.
 */

const threadPath = (threadId: string) => `/threads/${encodeURIComponent(threadId)}`;
const messagePath = (threadId: string, messageId: string) =>
  `${threadPath(threadId)}/messages/${encodeURIComponent(messageId)}`;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
});

/** Sends one operation; rejects with the server's refusal (ApiError) or a network error. */
export function sendOperation(participant: ParticipantHandle, op: Operation): Promise<unknown> {
  switch (op.kind) {
    case 'thread':
      return participant.request(
        '/threads',
        json('POST', { anchor: op.anchor, text: op.text, mentions: op.mentions, id: op.threadId }),
      );
    case 'reply':
      return participant.request(
        `${threadPath(op.threadId)}/messages`,
        json('POST', { text: op.text, mentions: op.mentions, id: op.messageId }),
      );
    case 'edit':
      return participant.request(
        messagePath(op.threadId, op.messageId),
        json('PATCH', { text: op.text, mentions: op.mentions }),
      );
    case 'delete':
      return participant.request(messagePath(op.threadId, op.messageId), { method: 'DELETE' });
    case 'resolve':
      return participant.request(
        `${threadPath(op.threadId)}/resolved`,
        json('PUT', { resolved: op.resolved }),
      );
  }
}
