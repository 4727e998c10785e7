import { nanoid } from 'nanoid';
import type { Anchor, MapState } from '../doc/index.ts';
import { useCommentsContext } from './CommentsContext.tsx';
import { Composer } from './Composer.tsx';
import { ThreadView } from './ThreadView.tsx';

/**
 * The conversation about one card or stage, with a box to start a thread: what a commenter's
 * inspector leads with, since commenting is their job there.
 */
export function AnchorThreads({
  map,
  anchor,
  label,
}: {
  map: MapState;
  anchor: Exclude<Anchor, { kind: 'map' }>;
  /** How the card or stage is named: "Card Checkout". */
  label: string;
}) {
  const { threads, canComment, submit } = useCommentsContext();
  const here = threads.filter(
    (t) => t.anchor.kind === anchor.kind && t.anchor.id === anchor.id && !t.resolved,
  );
  return (
    <section aria-label="Comments" className="flex flex-col gap-3">
      <h3 className="text-sm font-semibold text-slate-900">Comments</h3>
      {canComment && (
        <Composer
          label={`Comment on ${label}`}
          people={map.people}
          submitLabel="Comment"
          onSubmit={(text, mentions) =>
            submit({ kind: 'thread', threadId: nanoid(10), anchor, text, mentions })
          }
        />
      )}
      {here.length === 0 ? (
        <p className="text-sm text-slate-600">No open threads here yet.</p>
      ) : (
        here.map((thread) => (
          <ThreadView key={thread.id} thread={thread} anchorLabel={label} people={map.people} />
        ))
      )}
    </section>
  );
}
