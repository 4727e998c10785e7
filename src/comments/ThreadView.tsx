import { nanoid } from 'nanoid';
import { useState } from 'react';
import type { PersonData } from '../doc/index.ts';
import { relativeTime } from '../ui/relativeTime.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { decodeMentions } from './commentText.ts';
import { CommentText } from './CommentText.tsx';
import { useCommentsContext } from './CommentsContext.tsx';
import { Composer } from './Composer.tsx';
import { DeliveryNote } from './DeliveryNote.tsx';
import { messageView, type Pending, type ShownMessage, type ShownThread } from './pending.ts';

interface ThreadViewProps {
  thread: ShownThread;
  anchorLabel: string;
  people: readonly PersonData[];
  onShowAnchor?(): void;
}

/** Whether `p` is still on its way (or waiting for the network), not refused nor accepted. */
const underway = (p: Pending | null) =>
  p !== null && (p.state === 'waiting' || p.state === 'sending');

/** One thread: where it is, its messages, reply, resolve or reopen. */
export function ThreadView({ thread, anchorLabel, people, onShowAnchor }: ThreadViewProps) {
  const { me, canComment, canModerate, submit } = useCommentsContext();
  const [replying, setReplying] = useState(false);
  const starter = thread.messages[0];
  // The server lets the thread's starter and editors resolve; it is checked there, not here.
  const mayResolve =
    canComment &&
    thread.created === null &&
    (canModerate || (starter?.verified === true && starter.author.id === me));
  const mayReply = canComment && thread.created?.state !== 'refused';
  return (
    <article
      aria-label={`Thread on ${anchorLabel}`}
      className={`flex flex-col gap-3 rounded-lg p-3 ring-1 ${thread.resolved ? 'bg-slate-50 ring-slate-200' : 'bg-white ring-slate-300'}`}
    >
      <div className="flex items-center gap-2 text-sm">
        <button
          type="button"
          onClick={onShowAnchor}
          className="truncate font-medium text-indigo-700 hover:underline"
        >
          {anchorLabel}
        </button>
        {thread.resolved && (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">
            Resolved
          </span>
        )}
        {mayResolve && (
          <button
            type="button"
            disabled={underway(thread.resolving)}
            onClick={() =>
              submit({ kind: 'resolve', threadId: thread.id, resolved: !thread.resolved })
            }
            className="ml-auto rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 disabled:opacity-50"
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        )}
      </div>
      {thread.resolving && <DeliveryNote pending={thread.resolving} />}
      {thread.messages.map((m) => (
        <Message key={m.id} threadId={thread.id} message={m} people={people} />
      ))}
      {mayReply &&
        (replying ? (
          <Composer
            label="Reply"
            people={people}
            submitLabel="Reply"
            onCancel={() => setReplying(false)}
            onSubmit={(text, mentions) => {
              submit({ kind: 'reply', threadId: thread.id, messageId: nanoid(10), text, mentions });
              setReplying(false);
            }}
          />
        ) : (
          <button
            type="button"
            onClick={() => setReplying(true)}
            className="self-start rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
          >
            Reply
          </button>
        ))}
    </article>
  );
}

function Message({
  threadId,
  message,
  people,
}: {
  threadId: string;
  message: ShownMessage;
  people: readonly PersonData[];
}) {
  const { me, canComment, submit } = useCommentsContext();
  const [editing, setEditing] = useState(false);
  const view = messageView(message, { me, canComment });
  const fade = view.greyed ? 'opacity-60' : '';
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'someone';
  return (
    <div className="flex gap-2">
      {/* Not (yet) the server's: greyed, but the note saying so stays fully readable. */}
      <span className={`shrink-0 ${fade}`}>
        <Avatar name={message.author.name} color={message.author.color} size={28} decorative />
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className={`flex flex-wrap items-baseline gap-x-2 text-sm ${fade}`}>
          <span className="font-semibold text-slate-900">{message.author.name}</span>
          <span className="text-slate-500">{relativeTime(message.createdAt)}</span>
          {message.editedAt && !message.deleted && <span className="text-slate-400">(edited)</span>}
          {view.unverified && (
            <span
              className="text-[13px] text-slate-500 italic"
              title="Written before Trailmap checked who wrote what: the author shown is as their browser said, and nobody can edit or delete it."
            >
              from before verified authors
            </span>
          )}
        </div>
        {message.deleted ? (
          <p className="text-sm text-slate-400 italic">Message deleted</p>
        ) : editing ? (
          <Composer
            label="Edit comment"
            people={people}
            initial={decodeMentions(message.text, nameOf)}
            submitLabel="Save"
            onCancel={() => setEditing(false)}
            onSubmit={(text, mentions) => {
              submit({ kind: 'edit', threadId, messageId: message.id, text, mentions });
              setEditing(false);
            }}
          />
        ) : (
          <div className={`${fade} ${view.deleting ? 'line-through decoration-slate-400' : ''}`}>
            <CommentText text={message.text} people={people} />
          </div>
        )}
        {message.change && <DeliveryNote pending={message.change} />}
        {view.canChange && !editing && (
          <div className="flex gap-1 text-sm">
            <button
              type="button"
              onClick={() => setEditing(true)}
              className="rounded px-1.5 text-slate-600 hover:bg-slate-100"
            >
              Edit
            </button>
            <button
              type="button"
              onClick={() => submit({ kind: 'delete', threadId, messageId: message.id })}
              className="rounded px-1.5 text-red-700 hover:bg-red-50"
            >
              Delete
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
