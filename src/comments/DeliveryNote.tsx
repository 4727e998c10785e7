import { useCommentsContext } from './CommentsContext.tsx';
import { deliveryNote, type Pending } from './pending.ts';

/**
 * Says where an operation is: waiting for the network ("Pending — will be sent…"), or
 * refused with the server's reason and a way to drop it. Nothing while it is on its way.
 */
export function DeliveryNote({ pending }: { pending: Pending }) {
  const { discard } = useCommentsContext();
  const note = deliveryNote(pending);
  if (!note) return null;
  if (!note.refused) {
    return (
      <p role="status" className="flex items-center gap-1.5 text-sm font-medium text-amber-800">
        <svg width="14" height="14" viewBox="0 0 24 24" fill="none" aria-hidden="true">
          <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="2" />
          <path d="M12 7v5l3 2" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {note.text}
      </p>
    );
  }
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-2 py-1 text-sm text-red-800"
    >
      <span className="min-w-0 flex-1">{note.text}</span>
      <button
        type="button"
        onClick={() => discard(pending.key)}
        className="rounded px-1.5 font-medium hover:bg-red-100"
      >
        Dismiss
      </button>
    </div>
  );
}
