import { useState } from 'react';
import {
  deleteMessage,
  editMessage,
  reply,
  setResolved,
  type MessageData,
  type PersonData,
  type ThreadData,
} from '../doc/index.ts';
import { relativeTime } from '../ui/relativeTime.ts';
import { Avatar } from '../ui/Avatar.tsx';
import { decodeMentions } from './commentText.ts';
import { CommentText } from './CommentText.tsx';
import { useCommentsContext } from './CommentsContext.tsx';
import { Composer } from './Composer.tsx';

interface ThreadViewProps {
  thread: ThreadData;
  anchorLabel: string;
  people: readonly PersonData[];
  onShowAnchor?(): void;
}

/** One thread: where it is, its messages, reply, resolve or reopen. */
export function ThreadView({ thread, anchorLabel, people, onShowAnchor }: ThreadViewProps) {
  const { doc, author, canComment } = useCommentsContext();
  const [replying, setReplying] = useState(false);
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
        {canComment && (
          <button
            type="button"
            onClick={() => setResolved(doc, thread.id, !thread.resolved)}
            className="ml-auto rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100"
          >
            {thread.resolved ? 'Reopen' : 'Resolve'}
          </button>
        )}
      </div>
      {thread.messages.map((m) => (
        <Message
          key={m.id}
          threadId={thread.id}
          message={m}
          people={people}
          mine={m.author.id === author.id}
        />
      ))}
      {canComment &&
        (replying ? (
          <Composer
            label="Reply"
            people={people}
            submitLabel="Reply"
            onCancel={() => setReplying(false)}
            onSubmit={(text, mentions) => {
              reply(doc, thread.id, author, text, mentions);
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
  mine,
}: {
  threadId: string;
  message: MessageData;
  people: readonly PersonData[];
  mine: boolean;
}) {
  const { doc, author, canComment } = useCommentsContext();
  const [editing, setEditing] = useState(false);
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? 'someone';
  return (
    <div className="flex gap-2">
      <Avatar name={message.author.name} color={message.author.color} size={28} decorative />
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <div className="flex items-baseline gap-2 text-sm">
          <span className="font-semibold text-slate-900">{message.author.name}</span>
          <span className="text-slate-500">{relativeTime(message.createdAt)}</span>
          {message.editedAt && !message.deleted && <span className="text-slate-400">(edited)</span>}
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
              editMessage(doc, threadId, message.id, author.id, text, mentions);
              setEditing(false);
            }}
          />
        ) : (
          <CommentText text={message.text} people={people} />
        )}
        {mine && canComment && !message.deleted && !editing && (
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
              onClick={() => deleteMessage(doc, threadId, message.id, author.id)}
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
