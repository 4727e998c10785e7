import type { MessageData, ThreadData } from '../../../src/doc/index.ts';
import { atLeast, type Role } from '../../auth/roles.ts';
import type { Participant } from '../../collab/peer.ts';

/* Who may do what to comments, pure: the server checks these before it writes anything. */

/** Why a comment operation was refused. */
export type CommentRefusal =
  | 'no-thread'
  | 'no-message'
  | 'not-yours'
  | 'unverified'
  | 'deleted'
  | 'not-starter'
  | 'editors-only'
  | 'id-taken';

/** A participant may edit or delete only their own, server-verified, undeleted messages. */
export function canChangeMessage(
  message: MessageData | undefined,
  participant: Participant,
): CommentRefusal | null {
  if (!message) return 'no-message';
  // Written before the server checked authors: whoever the author field names is unproven.
  if (!message.verified) return 'unverified';
  if (message.author.id !== participant.id) return 'not-yours';
  if (message.deleted) return 'deleted';
  return null;
}

/** Resolving or reopening is for whoever started the thread, and for editors. */
export function canResolve(
  thread: ThreadData,
  participant: Participant,
  role: Role,
): CommentRefusal | null {
  if (atLeast(role, 'editor')) return null;
  const first = thread.messages[0];
  return first?.verified && first.author.id === participant.id ? null : 'not-starter';
}

/** Deleting a whole thread (everyone's messages in it) is for editors. */
export function canRemoveThread(role: Role): CommentRefusal | null {
  return atLeast(role, 'editor') ? null : 'editors-only';
}
